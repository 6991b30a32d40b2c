package dk.pejling.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two replicas of the runnable jar over one PostgreSQL behind HAProxy, and what must hold while parts of it fail
 * (docs/operations.md). Each load window is 30 s of 50 concurrent respondents; the figures are printed and written
 * to target/fault/figures.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class ReplicasIT {

    private static final int LEADERS = 10;
    private static final int EMPLOYEES_PER_LEADER = 130;
    private static final int CLIENTS = 50;
    private static final Duration WINDOW = Duration.ofSeconds(30);
    private static final Duration PAUSE = Duration.ofMillis(1200);
    private static final String STORY = "Fortælling-" + UUID.randomUUID() + " om en leder, der lyttede.";

    private static FaultCluster cluster;
    private static FaultScenario scenario;
    private static FaultScenario.Round killRound;
    private static FaultScenario.Round restartRound;
    private static Map<String, String> killTokens;
    private static Map<String, String> restartTokens;
    private static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void startTheCluster() throws Exception {
        long t0 = System.nanoTime();
        Map<String, Map<String, String>> replicas = new java.util.LinkedHashMap<>();
        replicas.put("replica-1", Map.of());
        // The second replica writes JSON log lines, as a log shipper wants them.
        replicas.put("replica-2", Map.of("PEJLING_LOG_JSON", "true"));
        cluster = new FaultCluster(replicas).start();
        scenario = new FaultScenario(cluster.url(), LEADERS, EMPLOYEES_PER_LEADER);
        scenario.importOrganisation();
        scenario.publishFramework();
        killRound = scenario.launch("Replika dør " + UUID.randomUUID().toString().substring(0, 6));
        restartRound = scenario.launch("Database genstarter " + UUID.randomUUID().toString().substring(0, 6));
        figure("setup: 2 replicas, %d invitations per round, ready in %d s", killRound.invitations(),
                (System.nanoTime() - t0) / 1_000_000_000);
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster != null) {
            Files.write(cluster.dir.resolve("figures.txt"), figures);
            Files.write(cluster.dir.getParent().resolve("figures.txt"), figures);
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aLaunchedRoundMailsEachInvitationExactlyOnce() throws Exception {
        long t0 = System.nanoTime();
        killTokens = FaultScenario.tokens(cluster.mail, killRound, Duration.ofSeconds(150));
        restartTokens = FaultScenario.tokens(cluster.mail, restartRound, Duration.ofSeconds(150));
        assertEquals(killRound.invitations(), killTokens.size());
        assertEquals(restartRound.invitations(), restartTokens.size());
        figure("mail: %d invitations in two rounds, each mailed exactly once by two replicas (%d s)",
                killTokens.size() + restartTokens.size(), (System.nanoTime() - t0) / 1_000_000_000);
    }

    @Test
    @Order(2)
    void aTokenIssuedByOneReplicaWorksOnTheOther() {
        Replica one = cluster.replicas.get(0);
        Replica two = cluster.replicas.get(1);
        String fromOne = given().baseUri(one.url()).contentType(ContentType.JSON)
                .body(Map.of("email", FaultScenario.HR, "password", FaultScenario.PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
        String fromTwo = given().baseUri(two.url()).contentType(ContentType.JSON)
                .body(Map.of("email", FaultScenario.HR, "password", FaultScenario.PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
        String header = new String(java.util.Base64.getUrlDecoder().decode(fromOne.substring(0, fromOne.indexOf('.'))));
        assertTrue(header.contains("\"kid\":\"pejling-1\""), "tokens name their key, for rotation: " + header);
        given().baseUri(two.url()).auth().oauth2(fromOne).get("/api/me").then().statusCode(200);
        given().baseUri(one.url()).auth().oauth2(fromTwo).get("/api/me").then().statusCode(200);
        // Production settings: the API document is switched off.
        given().baseUri(cluster.url()).get("/q/openapi").then().statusCode(404);
    }

    /** The login limit is kept in PostgreSQL: two replicas allow five failures for an account together, not ten. */
    @Test
    @Order(3)
    void failedLoginsOverBothReplicasAreThrottledAtTheSingleLimit() {
        String email = FaultScenario.leader(1);
        int refusedAsWrong = 0;
        Set<String> replicas = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            var response = given().baseUri(cluster.url()).contentType(ContentType.JSON)
                    .body(Map.of("email", email, "password", "forkert-" + i)).post("/api/auth/login");
            replicas.add(response.header("X-Replica"));
            if (response.statusCode() == 429) {
                break;
            }
            assertEquals(401, response.statusCode());
            refusedAsWrong++;
        }
        assertEquals(2, replicas.size(), "the attempts went to both replicas");
        assertEquals(5, refusedAsWrong, "the sixth failure in 15 minutes is refused with 429, across replicas");
    }

    @Test
    @Order(4)
    void aReplicaKilledUnderLoadLosesNoAcknowledgedBallot() throws Exception {
        SurveyLoad load = new SurveyLoad(cluster.url(), shuffled(killTokens.values()), scenario.answers(4, STORY));
        ExecutorService clients = load.run(CLIENTS, WINDOW, PAUSE);
        Thread.sleep(12_000);
        Replica victim = cluster.replicas.get(0);
        Replica survivor = cluster.replicas.get(1);
        long killedAt = load.elapsedMillis();
        victim.kill();
        load.await(clients, Duration.ofSeconds(120));

        List<SurveyLoad.Attempt> attempts = load.allAttempts();
        long afterKillOnSurvivor = attempts.stream()
                .filter(a -> a.atMillis() > killedAt && a.status() == 201 && survivor.name.equals(a.replica())).count();
        long failedAttempts = attempts.stream().filter(a -> a.status() == -1 || a.status() >= 500).count();
        Figures f = settle(load, killRound);
        figure("replica dies (SIGKILL at %.1f s of %d s, %d clients): acknowledged %d, stored %d, lost %d, duplicated %d,"
                + " stored but unacknowledged %d, failed attempts retried %d, 201s from the survivor after the kill %d",
                killedAt / 1000.0, WINDOW.toSeconds(), CLIENTS, f.acknowledged, f.stored, f.lost, f.duplicated,
                f.unacknowledged, failedAttempts, afterKillOnSurvivor);
        assertEquals(0, load.count(SurveyLoad.Outcome.UNEXPECTED), "every client settled its survey");
        assertTrue(afterKillOnSurvivor > 0, "clients went on through the surviving replica");
        assertEquals(0, f.lost, "no acknowledged ballot lost");
        assertEquals(0, f.duplicated, "no token with two ballots");

        // The killed replica comes back and takes its share again.
        victim.start().awaitReady(Duration.ofSeconds(120));
    }

    @Test
    @Order(5)
    void theDatabaseRestartsUnderLoadAnswers503AndRecoversWithoutARestart() throws Exception {
        for (Replica replica : cluster.replicas) {
            replica.awaitReady(Duration.ofSeconds(60));
        }
        List<Long> pids = cluster.replicas.stream().map(Replica::pid).toList();
        SurveyLoad load = new SurveyLoad(cluster.url(), shuffled(restartTokens.values()), scenario.answers(2, STORY));
        ExecutorService clients = load.run(CLIENTS, WINDOW, PAUSE);
        Thread.sleep(8_000);
        long stoppedAt = load.elapsedMillis();
        cluster.stopDatabase();

        // While it is away: each replica answers 503 problem+json, promptly, and reports itself not ready.
        List<String> gap = new ArrayList<>();
        boolean[] down = new boolean[cluster.replicas.size()];
        List<Set<Integer>> readiness = new ArrayList<>();
        cluster.replicas.forEach(r -> readiness.add(new java.util.TreeSet<>()));
        long gapEnd = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        long slowest = 0;
        while (System.nanoTime() < gapEnd) {
            for (int i = 0; i < cluster.replicas.size(); i++) {
                Replica replica = cluster.replicas.get(i);
                long t0 = System.nanoTime();
                var response = given().baseUri(replica.url()).header("X-Survey-Token", "x".repeat(43))
                        .get("/api/survey");
                slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
                if (response.statusCode() != 503
                        || !String.valueOf(response.contentType()).startsWith("application/problem+json")
                        || !"urn:pejling:problem:unavailable".equals(response.jsonPath().getString("type"))) {
                    gap.add(replica.name + " " + response.statusCode() + " " + response.asString());
                }
                int ready = replica.readiness(12_000);
                readiness.get(i).add(ready);
                down[i] |= ready == 503;
            }
            Thread.sleep(500);
        }
        cluster.startDatabase();
        long back = System.nanoTime();
        long dbBackAt = load.elapsedMillis();
        long[] ready = new long[cluster.replicas.size()];
        while (System.nanoTime() - back < Duration.ofSeconds(30).toNanos()
                && java.util.Arrays.stream(ready).anyMatch(r -> r == 0)) {
            for (int i = 0; i < cluster.replicas.size(); i++) {
                if (ready[i] == 0 && cluster.replicas.get(i).readiness() == 200) {
                    ready[i] = System.nanoTime();
                }
            }
            Thread.sleep(100);
        }
        load.await(clients, Duration.ofSeconds(120));

        List<SurveyLoad.Attempt> attempts = load.allAttempts();
        List<SurveyLoad.Attempt> errors = attempts.stream().filter(a -> a.status() >= 500 || a.status() == -1).toList();
        List<SurveyLoad.Attempt> notProblems = errors.stream()
                .filter(a -> a.status() != 503 || a.contentType() == null
                        || !a.contentType().startsWith("application/problem+json"))
                .toList();
        long slowestError = errors.stream().mapToLong(SurveyLoad.Attempt::millis).max().orElse(0);
        Figures f = settle(load, restartRound);
        String toReady = java.util.Arrays.stream(ready)
                .mapToObj(r -> r == 0 ? "never" : String.format("%.1f s", (r - back) / 1e9)).toList().toString();
        figure("database restarts (stopped at %.1f s for %.1f s, %d clients): acknowledged %d, stored %d, lost %d,"
                + " duplicated %d, stored but unacknowledged %d, 503 problem+json during the gap %d (other errors %d,"
                + " slowest %d ms, direct probe slowest %d ms), readiness seen in the gap %s, time to ready after the"
                + " database returned, per replica: %s",
                stoppedAt / 1000.0, (dbBackAt - stoppedAt) / 1000.0, CLIENTS, f.acknowledged, f.stored, f.lost,
                f.duplicated, f.unacknowledged, errors.size() - notProblems.size(), notProblems.size(), slowestError,
                slowest, readiness, toReady);
        assertEquals(List.of(), gap, "a replica without its database answers 503 problem+json");
        assertTrue(slowest < 11_000, "no answer waits longer than the pool's acquisition timeout: " + slowest);
        for (int i = 0; i < down.length; i++) {
            assertTrue(down[i], cluster.replicas.get(i).name + " reported itself not ready: " + readiness.get(i));
            assertTrue(ready[i] != 0, cluster.replicas.get(i).name + " ready again within 30 s");
        }
        assertEquals(pids, cluster.replicas.stream().map(Replica::pid).toList(), "no replica was restarted");
        assertTrue(cluster.replicas.stream().allMatch(Replica::alive));
        assertEquals(List.of(), notProblems.stream().map(Object::toString).toList(), "every error is 503 problem+json");
        assertEquals(0, load.count(SurveyLoad.Outcome.UNEXPECTED), "every client settled its survey");
        assertEquals(0, f.lost, "no acknowledged ballot lost");
        assertEquals(0, f.duplicated, "no token with two ballots");
    }

    /**
     * SIGTERM under load: readiness turns DOWN, the balancer stops sending, the requests in flight finish. No client
     * sees an error. (The requests read surveys of the closed round: each is a database lookup answered 410.)
     */
    @Test
    @Order(6)
    void aReplicaStoppedWithSigtermFinishesItsRequestsAndNoClientSeesAnError() throws Exception {
        for (Replica replica : cluster.replicas) {
            replica.awaitReady(Duration.ofSeconds(60));
        }
        List<String> tokens = new ArrayList<>(killTokens.values());
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(20);
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        for (int c = 0; c < 20; c++) {
            int client = c;
            clients.submit(() -> {
                // Each client from its own address and below the per-client survey limit (600 a minute).
                try (var http = SurveyLoad.client(client)) {
                    int i = client;
                    while (System.nanoTime() < end) {
                        var get = new org.apache.http.client.methods.HttpGet(cluster.url() + "/api/survey");
                        get.setHeader("X-Survey-Token", tokens.get(i % tokens.size()));
                        try (var response = http.execute(get)) {
                            int status = response.getStatusLine().getStatusCode();
                            org.apache.http.util.EntityUtils.consume(response.getEntity());
                            if (status == 410) {
                                answered.incrementAndGet();
                            } else {
                                var replica = response.getFirstHeader("X-Replica");
                                errors.add(status + " from " + (replica == null ? "the balancer" : replica.getValue()));
                            }
                        } catch (java.io.IOException e) {
                            errors.add(e.toString());
                        }
                        i += 20;
                        Thread.sleep(120);
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        Thread.sleep(5_000);
        Replica stopping = cluster.replicas.get(1);
        long t0 = System.nanoTime();
        int exit = stopping.terminate(Duration.ofSeconds(40));
        long stopMillis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
        figure("graceful stop (SIGTERM at 5 s of 15 s, 20 clients): %d requests answered, %d errors, the replica"
                + " stopped in %d ms with exit code %d", answered.get(), errors.size(), stopMillis, exit);
        assertEquals(List.of(), errors, "no client sees an error while a replica stops gracefully");
        assertTrue(exit != -1, "the replica stopped by itself");
        stopping.start().awaitReady(Duration.ofSeconds(120));
    }

    @Test
    @Order(7)
    void theLogsHoldNoTokenAndNoStoryAndTheJsonLogIsJson() throws Exception {
        Set<String> tokens = new HashSet<>(killTokens.values());
        tokens.addAll(restartTokens.values());
        Pattern candidate = Pattern.compile("[A-Za-z0-9_-]{43}");
        int jsonLines = 0;
        for (Replica replica : cluster.replicas) {
            List<String> lines = Files.readAllLines(replica.log);
            for (String line : lines) {
                assertFalse(line.contains(STORY.substring(0, 30)), replica.name + " logged a story: " + line);
                Matcher m = candidate.matcher(line);
                while (m.find()) {
                    assertFalse(tokens.contains(m.group()), replica.name + " logged a survey token");
                }
                if (replica.name.equals("replica-2") && line.startsWith("{")) {
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
                    jsonLines++;
                }
            }
        }
        assertTrue(jsonLines >= 3, "replica-2 wrote JSON log lines: " + jsonLines);
        figure("logs: %d tokens and the story searched in both replicas' logs: none found; %d JSON log lines parsed",
                tokens.size(), jsonLines);
    }

    // ---- figures ----

    private record Figures(long acknowledged, long unacknowledged, long stored, long lost, long duplicated) {
    }

    /**
     * Every acknowledged token is consumed (its survey answers 409), then the round closes and its reports count
     * the stored ballots, which must equal the settled tokens and the invitations used.
     */
    private static Figures settle(SurveyLoad load, FaultScenario.Round round) throws InterruptedException {
        List<String> acknowledged = load.tokensWith(SurveyLoad.Outcome.ACKNOWLEDGED);
        List<String> unconsumed = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService checkers = java.util.concurrent.Executors.newFixedThreadPool(20);
        for (int c = 0; c < 20; c++) {
            int checker = c;
            checkers.submit(() -> {
                // From 20 addresses, so that the per-client survey limit does not answer for the server.
                try (var http = SurveyLoad.client(60 + checker)) {
                    for (int i = checker; i < acknowledged.size(); i += 20) {
                        var get = new org.apache.http.client.methods.HttpGet(cluster.url() + "/api/survey");
                        get.setHeader("X-Survey-Token", acknowledged.get(i));
                        try (var response = http.execute(get)) {
                            int status = response.getStatusLine().getStatusCode();
                            org.apache.http.util.EntityUtils.consume(response.getEntity());
                            if (status != 409) {
                                unconsumed.add(String.valueOf(status));
                            }
                        }
                    }
                }
                return null;
            });
        }
        checkers.shutdown();
        assertTrue(checkers.awaitTermination(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(List.of(), unconsumed, "every acknowledged token is used");
        long unacknowledged = load.count(SurveyLoad.Outcome.STORED_UNACKNOWLEDGED);
        long settled = acknowledged.size() + unacknowledged;
        long used = StoredBallots.used(cluster.url(), scenario.hr, round);
        StoredBallots.close(cluster.url(), scenario.hr, round);
        long stored = StoredBallots.count(cluster.url(), scenario.hr, round, Duration.ofSeconds(60));
        assertEquals(settled, used, "invitations used = tokens settled by the clients");
        assertEquals(used, stored, "one stored ballot per used invitation");
        return new Figures(acknowledged.size(), unacknowledged, stored, Math.max(0, settled - stored),
                Math.max(0, stored - used));
    }

    /** Respondents answer in no particular order, so that every leader reaches k. */
    private static List<String> shuffled(java.util.Collection<String> tokens) {
        List<String> list = new ArrayList<>(tokens);
        java.util.Collections.shuffle(list, new java.util.Random(14));
        return list;
    }

    private static void figure(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("FAULT FIGURES " + line);
        figures.add(line);
    }
}
