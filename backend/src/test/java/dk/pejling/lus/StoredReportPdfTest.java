package dk.pejling.lus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.rounds.InvitationMailer;
import dk.pejling.rounds.Retention;
import dk.pejling.survey.Results;
import dk.pejling.testing.Counted;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.MailQueue;
import dk.pejling.testing.RoundScenario;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Report PDFs are made once: the leader's own copy in the background when the round is counted, every other view at
 * its first download; a download of the same document is the kept one; a round's PDFs go with its stories when its
 * retention period ends.
 */
@QuarkusTest
@TestProfile(StoredReportPdfTest.Ahead.class)
class StoredReportPdfTest {

    public static class Ahead implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Other test classes download PDFs as the same people within the export limit's window.
            return Map.of("pejling.reports.pdf-ahead", "true", "pejling.limits.export.max", "1000");
        }
    }

    private static final String STORY = "Min leder tog sig tid til at forklare den nye vagtplan på et fællesmøde.";

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    InvitationMailer mailer;

    @Inject
    Results results;

    @Inject
    Retention retention;

    @Inject
    StoredPdfs stored;

    private void submit(RoundScenario s, String email, List<Integer> scores, String story) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < s.statementIds.size(); i++) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("statementId", s.statementIds.get(i));
            answer.put("score", scores.get(i));
            answers.add(answer);
        }
        Map<String, Object> ballot = Map.of("answers", answers, "stories",
                story == null ? List.of() : List.of(Map.of("valueId", s.valueIds.get(0), "text", story)));
        given().header("X-Survey-Token", s.tokenOf(greenMail, email)).contentType(ContentType.JSON).body(ballot)
                .post("/api/survey/submit").then().statusCode(201);
    }

    private static byte[] pdf(String token, RoundScenario s, String leaderId) {
        return given().auth().oauth2(token).get("/api/rounds/" + s.roundId + "/reports/" + leaderId + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void theLeadersCopyIsMadeAheadEveryViewIsKeptOnceAndThePdfsGoWithTheStories()
            throws IOException, InterruptedException {
        RoundScenario s = RoundScenario.draft("Gemte PDF'er " + UUID.randomUUID().toString().substring(0, 6));
        s.launch();
        MailQueue.flush(mailer);
        submit(s, "hr@demo.pejling.dk", List.of(4, 5, 2), STORY);
        // Three stories about one value: they come in a new random order at every read, which must not make every
        // download a new document.
        submit(s, "peter.dahl@demo.pejling.dk", List.of(3, 4, 2), "Vi fik svar samme dag, da vi spurgte om ferien.");
        submit(s, "line.vestergaard@demo.pejling.dk", List.of(5, 4, 3), "Hun spurgte os, før hun ændrede mødet.");
        submit(s, RoundScenario.LEADER, List.of(5, 3, 4), null);
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/close").then().statusCode(200);
        Counted.await(results, s.roundId);
        UUID round = UUID.fromString(s.roundId);

        // Nobody has downloaded anything: the leader's own copy is made in the background after the count.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (stored.count(round) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(1, stored.count(round), "the leader's own copy, made ahead");

        String leader = Tokens.login(RoundScenario.LEADER);
        String leaderId = given().auth().oauth2(leader).get("/api/me").then().extract().path("id");
        byte[] first = pdf(leader, s, leaderId);
        assertEquals(1, stored.count(round), "the leader's download is the copy made ahead, not a new one");
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(first, pdf(leader, s, leaderId), "the same document again");
        }
        assertEquals(1, stored.count(round), "whatever order the stories came in");
        String text = text(first);
        assertTrue(text.contains(STORY), text);
        assertTrue(text.contains("Rapporten er dannet " + PrintedReport.date(Instant.now())), text);

        // Her manager reads the same report with the manager's guide: another document, made once.
        String manager = Tokens.login("chef@demo.pejling.dk");
        byte[] managers = pdf(manager, s, leaderId);
        assertEquals(2, stored.count(round), "the manager's view is a document of its own");
        assertFalse(java.util.Arrays.equals(first, managers));
        pdf(manager, s, leaderId);
        assertEquals(2, stored.count(round), "and is kept");

        // When the round's answers and stories go, so do the PDFs that print them.
        JsonPath view = given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId).then().statusCode(200)
                .extract().jsonPath();
        Instant end = Instant.parse(view.getString("closedAt")).atOffset(ZoneOffset.UTC)
                .plusMonths(view.getInt("retentionMonths")).toInstant();
        retention.run(end.minus(Duration.ofDays(1)));
        assertEquals(2, stored.count(round), "kept while the stories are");
        retention.run(end.plus(Duration.ofMinutes(1)));
        assertEquals(0, stored.count(round), "the PDFs go with the stories");
        String after = text(pdf(leader, s, leaderId));
        assertFalse(after.contains(STORY), after);
        assertTrue(after.contains("Min leder er tydelig i sin kommunikation"), after);
        assertEquals(1, stored.count(round));
    }
}
