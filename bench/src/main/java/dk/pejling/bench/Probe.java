package dk.pejling.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * For working on the read paths by hand: starts Pejling on a database the generator kept in {@code --dir} and
 * measures reports, the overview, statement quality and the PDF of its newest closed round, as the benchmark does,
 * {@code --rounds} times (default 1). With {@code --app-jvm} a profiler can ride along.
 *
 * <pre>bench/run.sh probe --dir /tmp/pejling-25k [--leaders 200] [--what reports,overview,quality,pdf]
 * bench/run.sh probe --dir /tmp/pejling-25k --what submit [--warmup 2000] [--seconds 15] [--connections 16] [--jfr /tmp/submit.jfr]</pre>
 */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        Setup.Options o = new Setup.Options(args);
        try (Setup setup = new Setup(o); App app = setup.app("probe").start()) {
            Seeder.Org org;
            try (Connection c = setup.pg.connect()) {
                Object[] row = Pg.rows(c, """
                        select r.id, r.organisation_id, r.framework_version_id, o.name,
                               (select p.id from person p join account a on a.person_id = p.id
                                join account_role ar on ar.account_id = a.id
                                where p.organisation_id = r.organisation_id and ar.role = 'hr' limit 1)
                        from round r join organisation o on o.id = r.organisation_id
                        join round_result x on x.round_id = r.id
                        order by x.ready_at desc limit 1""").get(0);
                UUID hr = (UUID) row[4];
                org = new Seeder.Org((UUID) row[1], (String) row[3], 0, hr,
                        setup.jwt.sign(hr, (UUID) row[1], 0, List.of("hr", "admin")), (UUID) row[2], (UUID) row[0],
                        null, Map.of(), Map.of());
            }
            Http http = new Http(app.url());
            Reads reads = new Reads(setup.pg, http, setup.jwt, org);
            String what = o.get("what", "reports,overview,quality,pdf");
            if (what.contains("close")) {
                // Answer the newest open round, close it and wait for the count; then launch another open round.
                Seeder seeder = new Seeder(setup.pg, http, setup.jwt, setup.tokenSecret, 16);
                UUID open;
                UUID top;
                try (Connection c = setup.pg.connect()) {
                    open = (UUID) Pg.rows(c, "select id from round where status = 'OPEN' and organisation_id = ? "
                            + "order by created_at desc limit 1", org.id()).get(0)[0];
                    top = (UUID) Pg.rows(c, "select id from unit where organisation_id = ? and parent_id is null",
                            org.id()).get(0)[0];
                }
                Map<String, Double> timings = new LinkedHashMap<>();
                Map<String, Long> counts = new LinkedHashMap<>();
                seeder.answerAndClose(org.hrToken(), open, 2, o.number("response", 0.8), org.name(), timings, counts);
                System.out.println("close: " + counts + " " + timings);
                seeder.round(new Seeder.Hr(org.id(), org.hrPerson(), org.hrToken(), null), org.version(), top,
                        "Lederevaluering " + System.nanoTime() % 10000);
                return;
            }
            if (what.contains("submit")) {
                submissions(o, setup, app, http, org);
                return;
            }
            int rounds = o.integer("rounds", 1);
            if (what.contains("me-first")) {
                // What the first request after a start costs on its own: the sign-in check and the HTTP path.
                long start = System.nanoTime();
                Http.expect(http.get("/api/me", org.hrToken()), 200, "me");
                System.out.printf("/api/me, first request: %.1f ms%n", Stats.millisSince(start));
            }
            if (what.contains("overview")) {
                System.out.printf("overview, first read: %.1f ms%n", reads.overviewOnce(false));
            }
            if (what.contains("quality")) {
                System.out.printf("quality, first read: %.1f ms%n", reads.overviewOnce(true));
            }
            List<Reads.Leader> leaders = reads.leaders(10, 60, o.integer("leaders", 200), 7);
            for (int i = 0; i < rounds; i++) {
                if (what.contains("reports")) {
                    Reads.Timed[] r = reads.reports(leaders, o.integer("passes", 3));
                    System.out.println("reports first " + Table.pct(r[0].http()) + " | SQL " + Table.pct(r[0].sql()));
                    System.out.println("reports again " + Table.pct(r[1].http()) + " | SQL " + Table.pct(r[1].sql()));
                }
                if (what.contains("overview")) {
                    Reads.Timed t = reads.overview(false, o.integer("repeats", 20));
                    System.out.println("overview " + Table.pct(t.http()) + " | SQL " + Table.pct(t.sql()));
                }
                if (what.contains("quality")) {
                    Reads.Timed t = reads.overview(true, o.integer("repeats", 20));
                    System.out.println("quality " + Table.pct(t.http()) + " | SQL " + Table.pct(t.sql()));
                }
                if (what.contains("pdf")) {
                    List<Reads.Leader> sampled = leaders.subList(0, Math.min(10, leaders.size()));
                    System.out.println("pdf, first download " + Table.pct(reads.pdfs(sampled)));
                    System.out.println("pdf, kept " + Table.pct(reads.pdfs(sampled)));
                }
            }
            if (o.flag("wait")) {
                System.out.println("Pejling on " + app.url() + " (pid " + app.pid() + "); stop with Ctrl+C");
                Thread.currentThread().join();
            }
        }
    }

    /**
     * Survey submissions alone, on a kept database: a new round for every leader is launched, then a warm-up and wrk
     * as in the benchmark ({@code --connections}, {@code --seconds}). With {@code --jfr FILE} the application is
     * profiled with Java Flight Recorder while wrk runs.
     */
    private static void submissions(Setup.Options o, Setup setup, App app, Http http, Seeder.Org org) throws Exception {
        Seeder seeder = new Seeder(setup.pg, http, setup.jwt, setup.tokenSecret, 16);
        UUID top;
        try (Connection c = setup.pg.connect()) {
            top = (UUID) Pg.rows(c, "select id from unit where organisation_id = ? and parent_id is null", org.id())
                    .get(0)[0];
        }
        // The warm-up uses a round of its own, so that the measured run has all of another round's links.
        Seeder.Hr hr = new Seeder.Hr(org.id(), org.hrPerson(), org.hrToken(), null);
        List<String> warm = new ArrayList<>();
        for (int i = 0; i < o.integer("warm-rounds", 1); i++) {
            warm.addAll(tokens(seeder, seeder.round(hr, org.version(), top, "Opvarmning " + System.nanoTime() % 10000)));
        }
        List<String> tokens = tokens(seeder, seeder.round(hr, org.version(), top,
                "Lederevaluering " + System.nanoTime() % 10000));
        String body = new Ballots(5, seeder.form(tokens.get(0))).withStory();
        int connections = o.integer("connections", 16);
        Submissions.Http warmed = Submissions.wrk(setup, app, warm.subList(0, Math.min(warm.size(),
                o.integer("warmup", 2000))), body, connections, 60);
        System.out.printf(Locale.ROOT, "warm-up %s in %.1f s%n", Table.num(warmed.perSecond(), "/s"),
                warmed.seconds());
        String jfr = o.get("jfr", "");
        if (!jfr.isEmpty()) {
            Submissions.run(List.of("jcmd", String.valueOf(app.pid()), "JFR.start", "name=submit", "settings=profile",
                    "filename=" + jfr), Map.of(), setup.dir.resolve("jcmd.out"));
        }
        Submissions.Http wrk = Submissions.wrk(setup, app, tokens, body, connections, o.integer("seconds", 15));
        if (!jfr.isEmpty()) {
            Submissions.run(List.of("jcmd", String.valueOf(app.pid()), "JFR.stop", "name=submit"), Map.of(),
                    setup.dir.resolve("jcmd.out"));
        }
        System.out.printf(Locale.ROOT, "submissions %s in %.1f s; p50 %s, p90 %s, p99 %s; statuses %s%s%n",
                Table.num(wrk.perSecond(), "/s"), wrk.seconds(), Table.ms(wrk.p50()), Table.ms(wrk.p90()),
                Table.ms(wrk.p99()), wrk.statuses(), wrk.ranOut() ? " (every link used)" : "");
    }

    private static List<String> tokens(Seeder seeder, UUID round) throws java.sql.SQLException {
        List<String> tokens = new ArrayList<>(seeder.invitees(round).stream().map(Seeder.Invitee::token)
                .toList());
        Collections.shuffle(tokens, new Random(3));
        return tokens;
    }
}
