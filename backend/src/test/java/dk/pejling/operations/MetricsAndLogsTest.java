package dk.pejling.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.rounds.InvitationMailer;
import dk.pejling.survey.Results;
import dk.pejling.testing.Counted;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.MailQueue;
import dk.pejling.testing.RoundScenario;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What operators get: metrics at /q/metrics (submissions, refusals by problem type, report and overview latency
 * histograms, the mail queue, the connection pool), and log lines that never hold a survey token or a story.
 */
@QuarkusTest
class MetricsAndLogsTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    Results results;

    @Inject
    InvitationMailer mailer;

    @Test
    void metricsCountSubmissionsAndRefusalsAndTimeReportsWithoutATokenInSight() throws Exception {
        RoundScenario s = RoundScenario.draft("Målt " + UUID.randomUUID().toString().substring(0, 8));
        s.launch();
        MailQueue.flush(mailer);
        String token = s.tokenOf(greenMail, "peter.dahl@demo.pejling.dk");
        double before = value(metrics(), "pejling_survey_submissions_total");
        submit(token, s.answers(4)).then().statusCode(201);
        submit(token, s.answers(4)).then().statusCode(409);
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/close").then().statusCode(200);
        Counted.await(results, s.roundId);
        String leader = Tokens.login(RoundScenario.LEADER);
        String leaderId = given().auth().oauth2(leader).get("/api/me").then().extract().path("id");
        given().auth().oauth2(leader).get("/api/rounds/" + s.roundId + "/reports/" + leaderId).then().statusCode(200);
        given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId + "/overview").then().statusCode(200);

        String metrics = metrics();
        long deadline = System.nanoTime() + 25_000_000_000L;
        while (!metrics.contains("pejling_mail_queue_depth") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            metrics = metrics();
        }
        assertEquals(before + 1, value(metrics, "pejling_survey_submissions_total"));
        String refusal = java.util.Arrays.stream(metrics.split("\n"))
                .filter(l -> l.startsWith("pejling_refusals_total{operation=\"POST /api/survey/submit\",reason=\"")
                        && l.contains("status=\"409\"}"))
                .findFirst().orElse("");
        assertTrue(refusal.matches(".*reason=\"[a-z-]+\".* [1-9][0-9.E]*"), "refusals by problem type: " + refusal);
        assertTrue(
                metrics.contains(
                        "pejling_report_requests_seconds_bucket{operation=\"GET /api/rounds/{id}/reports/{leaderId}\""),
                "report latency histogram");
        assertTrue(
                metrics.contains(
                        "pejling_overview_requests_seconds_bucket{operation=\"GET /api/rounds/{id}/overview\""),
                "overview latency histogram");
        assertTrue(metrics.contains("pejling_mail_queue_depth "), "mail queue depth");
        assertTrue(metrics.contains("pejling_mail_failed "), "mail failures");
        assertTrue(metrics.contains("agroal_active_count"), "pool usage");
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "HTTP metrics");
        assertFalse(metrics.contains(token), "no token in a metric");
        assertFalse(metrics.contains(s.roundId), "no object id in a metric");
    }

    @Test
    void noTokenAndNoStoryReachesALogLine() throws Exception {
        Path log = Path.of("target", "quarkus-test.log");
        long from = Files.exists(log) ? Files.size(log) : 0;
        RoundScenario s = RoundScenario.draft("Logget " + UUID.randomUUID().toString().substring(0, 8));
        s.launch();
        MailQueue.flush(mailer);
        String token = s.tokenOf(greenMail, "line.vestergaard@demo.pejling.dk");
        String story = "Fortælling " + UUID.randomUUID() + ": min leder tog sig tid til at lytte.";
        Map<String, Object> answers = Map.of("answers", s.answers(2).get("answers"),
                "stories", List.of(Map.of("valueId", s.valueIds.get(0), "text", story)));
        given().header("X-Survey-Token", token).get("/api/survey").then().statusCode(200);
        given().header("X-Survey-Token", token).contentType(ContentType.JSON).body(answers)
                .put("/api/survey/draft").then().statusCode(204);
        submit(token, Map.of("answers", List.of(Map.of("statementId", s.statementIds.get(0), "score", 1.5))))
                .then().statusCode(400);
        submit(token, Map.of("answers", s.answers(2).get("answers"),
                "stories", List.of(Map.of("valueId", s.valueIds.get(0), "text", story + "\u0000"))))
                .then().statusCode(400);
        submit(token, answers).then().statusCode(201);
        submit(token, answers).then().statusCode(409);
        given().header("X-Survey-Token", token + "x").get("/api/survey").then().statusCode(404);
        // An unexpected error with the token in its headers is logged, with its stack trace.
        given().header("X-Survey-Token", token).get("/api/test-only/fail").then().statusCode(500);
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/close").then().statusCode(200);
        submit(token, answers).then().statusCode(410);

        String logged;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(from);
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.readFully(bytes);
            logged = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> lines = List.of(logged.split("\n"));
        assertTrue(logged.contains("Unexpected error"), "the log was captured: " + lines.size() + " lines");
        List<String> leaks = lines.stream()
                .filter(line -> line.contains(token) || line.contains(story.substring(0, 40))).toList();
        assertEquals(List.of(), leaks);
        System.out.printf("Log scan: %d log lines during a survey, none with the token or the story%n", lines.size());
    }

    private static io.restassured.response.Response submit(String token, Object body) {
        return given().header("X-Survey-Token", token).contentType(ContentType.JSON).body(body)
                .post("/api/survey/submit");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }
}
