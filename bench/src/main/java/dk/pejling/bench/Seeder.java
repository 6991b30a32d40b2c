package dk.pejling.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fills the database with one organisation through the running application, the way it is used: the organisation
 * comes in through the CSV import, the framework from the Kodeks template, the rounds are created, given their leaders
 * by unit and launched through the API, the ballots are submitted through the survey endpoint (sealed into the ballot
 * box, released by the mixer), and the round is closed through the API and counted by the application. Only the
 * organisation's first HR login is written by SQL — someone has to exist before the first import.
 */
final class Seeder {

    /** A generated organisation and what the benchmark needs to know of it. */
    record Org(UUID id, String name, int size, UUID hrPerson, String hrToken, UUID version, UUID closedRound,
            UUID openRound, Map<String, Double> timings, Map<String, Long> counts) {
    }

    private final Pg pg;
    private final Http http;
    private final Jwt jwt;
    private final byte[] tokenSecret;
    private final int threads;

    Seeder(Pg pg, Http http, Jwt jwt, byte[] tokenSecret, int threads) {
        this.pg = pg;
        this.http = http;
        this.jwt = jwt;
        this.tokenSecret = tokenSecret;
        this.threads = threads;
    }

    /** The organisation's first HR consultant, written directly: the login the first import is made with. */
    record Hr(UUID organisation, UUID person, String token, String email) {
    }

    Hr organisation(String name, String slug) throws SQLException {
        UUID org = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        String email = "hr@" + slug + ".bench.pejling.dk";
        try (Connection c = pg.connect()) {
            Pg.update(c, "insert into organisation (id, slug, name) values (?, ?, ?)", org, slug, name);
            Pg.update(c, "insert into person (id, organisation_id, name, email) values (?, ?, 'Hanne HR', ?)", person,
                    org, email);
            UUID account = UUID.randomUUID();
            // A password hash no password matches: the benchmark signs its own tokens (see Jwt).
            Pg.update(c, "insert into account (id, organisation_id, person_id, email, password_hash) values (?, ?, ?, ?, "
                    + "'!bench-no-password')", account, org, person, email);
            Pg.update(c, "insert into account_role (account_id, role) values (?, 'hr'), (?, 'admin')", account, account);
        }
        return new Hr(org, person, jwt.sign(person, org, 0, List.of("hr", "admin")), email);
    }

    /** Imports a CSV, preview then apply; returns {preview seconds, apply seconds}. */
    double[] importCsv(Hr hr, String csv) {
        long start = System.nanoTime();
        Http.expect(http.post("/api/org/import?mode=preview", hr.token(), "text/csv", csv), 200, "import preview");
        double preview = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Http.expect(http.post("/api/org/import?mode=apply", hr.token(), "text/csv", csv), 200, "import apply");
        return new double[] {preview, (System.nanoTime() - start) / 1e9};
    }

    Org generate(String name, String slug, int size, long seed, double responseRate) throws Exception {
        Map<String, Double> timings = new java.util.LinkedHashMap<>();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        Hr hr = organisation(name, slug);
        OrgCsv.Result file = OrgCsv.generate(size, seed, slug + ".bench.pejling.dk", "Hanne HR", hr.email());
        double[] imported = importCsv(hr, file.csv());
        timings.put("import preview s", imported[0]);
        timings.put("import apply s", imported[1]);
        counts.put("people", (long) file.people());
        counts.put("leaders", (long) file.leaders());
        counts.put("units", (long) file.units());
        Log.info("%s: imported %d people, %d leaders, %d units (preview %.1f s, apply %.1f s)", name, file.people(),
                file.leaders(), file.units(), imported[0], imported[1]);

        JsonNode framework = Http.expect(http.postJson("/api/frameworks", hr.token(),
                Map.of("template", "kodeks-for-god-ledelse")), 201, "framework").json();
        UUID version = UUID.fromString(Http.expect(http.postJson("/api/frameworks/" + framework.get("id").asText()
                + "/publish", hr.token(), Map.of()), 200, "publish").json().get("id").asText());

        UUID top;
        try (Connection c = pg.connect()) {
            top = (UUID) Pg.rows(c, "select id from unit where organisation_id = ? and parent_id is null", hr.organisation())
                    .get(0)[0];
        }
        UUID closed = round(hr, version, top, "Lederevaluering 2026");
        timings.put("add leaders s", lastAddSeconds);
        timings.put("launch s", lastLaunchSeconds);
        long start;

        answerAndClose(hr.token(), closed, seed, responseRate, name, timings, counts);

        UUID open = round(hr, version, top, "Lederevaluering 2027");
        return new Org(hr.organisation(), name, size, hr.person(), hr.token(), version, closed, open, timings, counts);
    }

    /**
     * Ballots from about {@code responseRate} of a round's invitees, submitted through the survey endpoint as
     * respondents do (16 at a time), then the round closed through the API; waits until it is counted.
     */
    void answerAndClose(String hrToken, UUID round, long seed, double responseRate, String name,
            Map<String, Double> timings, Map<String, Long> counts) throws Exception {
        List<Invitee> invitees = invitees(round);
        Collections.shuffle(invitees, new Random(seed));
        List<Invitee> answering = invitees.subList(0, (int) Math.round(invitees.size() * responseRate));
        Ballots ballots = new Ballots(seed, form(invitees.get(0).token()));
        long start = System.nanoTime();
        submitAll(answering, ballots);
        double seconds = (System.nanoTime() - start) / 1e9;
        timings.put("submit s", seconds);
        counts.put("invitations", (long) invitees.size());
        counts.put("ballots", (long) answering.size());
        counts.put("answers", (long) answering.size() * ballots.statements());
        counts.put("stories", ballots.stories.get() * 1L);
        Log.info("%s: %d of %d invitees answered through the API in %.1f s (%.0f/s)", name, answering.size(),
                invitees.size(), seconds, answering.size() / seconds);

        // Close through the API; the mixer releases what is left and the round is counted.
        try (Connection c = pg.connect()) {
            counts.put("boxed at close", Pg.count(c, "select count(*) from ballot_box where round_id = ?", round));
        }
        start = System.nanoTime();
        Http.expect(http.postJson("/api/rounds/" + round + "/close", hrToken, Map.of()), 200, "close");
        timings.put("close request s", (System.nanoTime() - start) / 1e9);
        awaitCounted(round, start, timings);
        Log.info("%s: closed; %d ballots were still in the box, released and counted %.1f s after closing", name,
                counts.get("boxed at close"), timings.get("close to counted s"));
    }

    /** Waits until the round's results are counted; records the time from closing. */
    void awaitCounted(UUID round, long closedAt, Map<String, Double> timings) throws Exception {
        try (Connection c = pg.connect()) {
            while (Pg.count(c, "select count(*) from round_result where round_id = ?", round) == 0) {
                if (System.nanoTime() - closedAt > 3_600L * 1_000_000_000L) {
                    throw new IllegalStateException("Round " + round + " not counted an hour after closing");
                }
                Thread.sleep(50);
            }
        }
        timings.put("close to counted s", (System.nanoTime() - closedAt) / 1e9);
    }

    double lastAddSeconds;
    double lastLaunchSeconds;

    /** Creates a round for every leader below the top unit and launches it; returns its id. */
    UUID round(Hr hr, UUID version, UUID top, String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("frameworkVersionId", version);
        input.put("name", name);
        input.put("closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        input.put("managerAccess", "REPORT");
        input.put("hrAccess", "NONE");
        UUID round = UUID.fromString(Http.expect(http.postJson("/api/rounds", hr.token(), input), 201, "create round")
                .json().get("id").asText());
        // Every leader of the organisation, 100 to a request as HR's page adds them (one request with all 1,500 of a
        // large municipality runs past the transaction timeout: see docs/performance.md).
        List<UUID> leaders = new ArrayList<>();
        try (Connection c = pg.connect()) {
            for (Object[] row : Pg.rows(c, """
                    select p.id from person p where p.organisation_id = ? and p.active
                      and exists (select 1 from person e where e.manager_id = p.id and e.active) order by p.name, p.id""",
                    hr.organisation())) {
                leaders.add((UUID) row[0]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        long start = System.nanoTime();
        for (int i = 0; i < leaders.size(); i += 100) {
            Http.expect(http.postJson("/api/rounds/" + round + "/evaluees", hr.token(),
                    Map.of("leaderIds", leaders.subList(i, Math.min(leaders.size(), i + 100)))), 200, "add leaders");
        }
        lastAddSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Http.expect(http.postJson("/api/rounds/" + round + "/launch", hr.token(), Map.of()), 200, "launch");
        lastLaunchSeconds = (System.nanoTime() - start) / 1e9;
        return round;
    }

    record Invitee(String token, String group, UUID evaluee) {
    }

    /** A round's invitations with their tokens, derived as the invitation mail does (HMAC of the id). */
    List<Invitee> invitees(UUID round) throws SQLException {
        List<Invitee> invitees = new ArrayList<>();
        try (Connection c = pg.connect()) {
            for (Object[] row : Pg.rows(c, "select id, rater_group, evaluee_id from invitation where round_id = ? "
                    + "order by id", round)) {
                invitees.add(new Invitee(token((UUID) row[0]), (String) row[1], (UUID) row[2]));
            }
        }
        return invitees;
    }

    String token(UUID invitation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(tokenSecret, "HmacSHA256"));
            byte[] id = ByteBuffer.allocate(16).putLong(invitation.getMostSignificantBits())
                    .putLong(invitation.getLeastSignificantBits()).array();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The survey's values and statements, as a respondent's GET /api/survey shows them. */
    Ballots.Form form(String token) {
        JsonNode survey = Http.expect(http.survey(token), 200, "survey").json();
        List<UUID> values = new ArrayList<>();
        List<UUID> statements = new ArrayList<>();
        List<Integer> valueOf = new ArrayList<>();
        for (JsonNode value : survey.get("values")) {
            values.add(UUID.fromString(value.get("id").asText()));
            for (JsonNode statement : value.get("statements")) {
                statements.add(UUID.fromString(statement.get("id").asText()));
                valueOf.add(values.size() - 1);
            }
        }
        return new Ballots.Form(values, statements, valueOf);
    }

    private void submitAll(List<Invitee> answering, Ballots ballots) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (Invitee invitee : answering) {
                String body = ballots.body(invitee);
                futures.add(pool.submit(() -> {
                    Http.expect(http.submit(invitee.token(), body), 201, "submit");
                    int n = done.incrementAndGet();
                    if (n % 5000 == 0) {
                        Log.info("  %d submitted", n);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
