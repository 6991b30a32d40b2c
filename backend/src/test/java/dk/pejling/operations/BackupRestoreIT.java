package dk.pejling.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The backup procedure of docs/operations.md, end to end: Pejling runs on a database, {@code pg_dump} takes a
 * custom-format dump, {@code pg_restore} puts it into a fresh database on another server, Pejling starts on that,
 * and every round, its ballot counts and every development plan read the same through the API.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class BackupRestoreIT {

    private static final List<String> LEADERS = List.of("leder@demo.pejling.dk", "chef@demo.pejling.dk",
            "sofie.bach@demo.pejling.dk", "jens.mikkelsen@demo.pejling.dk", "birgitte.lund@demo.pejling.dk");

    @Test
    void aRestoredDumpHoldsEveryRoundBallotCountAndPlan() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "fault", "backup-" + System.currentTimeMillis()))
                .toAbsolutePath();
        String password = Long.toHexString(new SecureRandom().nextLong());
        Path dump = dir.resolve("pejling.dump");
        List<String> before;
        try (SystemPostgres original = SystemPostgres.start()) {
            original.createAppDatabase(password);
            Replica app = replica("original", original, password, dir).start();
            try {
                app.awaitReady(Duration.ofSeconds(120));
                before = snapshot(app.url());
            } finally {
                app.terminate(Duration.ofSeconds(30));
            }
            // The procedure, as documented:
            original.client("pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                    "--dbname=" + original.url("pejling", password), "--file=" + dump);
        }
        List<String> after;
        try (SystemPostgres fresh = SystemPostgres.start()) {
            fresh.createAppDatabase(password);
            fresh.client("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
                    "--dbname=" + fresh.url("pejling", password), dump.toString());
            Replica app = replica("restored", fresh, password, dir).start();
            try {
                app.awaitReady(Duration.ofSeconds(120));
                after = snapshot(app.url());
            } finally {
                app.terminate(Duration.ofSeconds(30));
            }
        }
        long rounds = before.stream().filter(l -> l.startsWith("round ")).count();
        long plans = before.stream().filter(l -> l.startsWith("plan ")).count();
        // Employee counts below k are withheld (null) on the progress too.
        long ballots = before.stream().filter(l -> l.startsWith("progress ") && !l.endsWith("=null"))
                .mapToLong(l -> Long.parseLong(l.replaceAll(".*submitted=", ""))).sum();
        System.out.printf("FAULT FIGURES backup and restore: %d rounds, %d ballots (invitations used), %d reports,"
                + " %d plans, dump %d kB: identical after pg_restore into a fresh database%n", rounds, ballots,
                before.stream().filter(l -> l.startsWith("report ")).count(), plans, Files.size(dump) / 1024);
        assertTrue(rounds >= 2 && plans >= 1 && ballots > 0, "the demo has rounds, ballots and plans: " + before);
        assertEquals(before, after);
    }

    private static Replica replica(String name, SystemPostgres pg, String password, Path dir) throws Exception {
        return new Replica(name, Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + pg.port + "/pejling",
                "QUARKUS_DATASOURCE_USERNAME", "pejling",
                "QUARKUS_DATASOURCE_PASSWORD", password,
                "PEJLING_DATA_DIR", Files.createDirectories(dir.resolve("data")).toString(),
                "PEJLING_DEMO", "true",
                "QUARKUS_MAILER_MOCK", "true"), dir);
    }

    /** What HR and the demo leaders can read, as sorted lines: rounds, progress, report counts, plans. */
    private static List<String> snapshot(String url) {
        TreeSet<String> lines = new TreeSet<>();
        String hr = login(url, "hr@demo.pejling.dk");
        JsonPath rounds = given().baseUri(url).auth().oauth2(hr).get("/api/rounds").then().statusCode(200)
                .extract().jsonPath();
        for (Map<String, Object> round : rounds.<Map<String, Object>>getList("")) {
            lines.add("round " + round.get("name") + " " + round.get("status") + " evaluees="
                    + round.get("evalueeCount"));
            JsonPath progress = given().baseUri(url).auth().oauth2(hr)
                    .get("/api/rounds/" + round.get("id") + "/progress")
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> unit : progress.<Map<String, Object>>getList("units")) {
                lines.add("progress " + round.get("name") + " " + unit.get("unit") + " " + unit.get("group")
                        + " invited=" + unit.get("invited") + " submitted=" + unit.get("submitted"));
            }
        }
        for (String leader : LEADERS) {
            String token = login(url, leader);
            JsonPath reports = given().baseUri(url).auth().oauth2(token).get("/api/reports").then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> r : reports.<Map<String, Object>>getList("")) {
                if (!Boolean.TRUE.equals(r.get("available"))) {
                    continue;
                }
                String path = "/api/rounds/" + r.get("roundId") + "/reports/" + r.get("leaderId");
                JsonPath report = given().baseUri(url).auth().oauth2(token).get(path).then().statusCode(200)
                        .extract().jsonPath();
                lines.add("report " + r.get("roundName") + " " + r.get("leaderName") + " as " + leader + " rates="
                        + report.getList("responseRates") + " values=" + report.getList("values.employees.mean"));
                if (Boolean.TRUE.equals(r.get("hasPlan"))) {
                    String plan = given().baseUri(url).auth().oauth2(token).get(path + "/plan").then().statusCode(200)
                            .extract().asString();
                    lines.add("plan " + r.get("roundName") + " " + r.get("leaderName") + " as " + leader + " " + plan);
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static String login(String url, String email) {
        return given().baseUri(url).contentType(ContentType.JSON).body(Map.of("email", email, "password", "demo1234"))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
    }
}
