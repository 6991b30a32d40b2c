package dk.pejling.lus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.common.Notifications;
import dk.pejling.rounds.InvitationMailer;
import dk.pejling.survey.Results;
import dk.pejling.testing.Counted;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.MailQueue;
import dk.pejling.testing.Mailbox;
import dk.pejling.testing.RoundScenario;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * When a round closes and its answers are counted, the leader and the leader's manager are mailed that the report is
 * ready: the links to the report and the conversation guide, who it is about, and never a figure or a story.
 */
@QuarkusTest
class ReportReadyMailTest {

    private static final String MANAGER = "chef@demo.pejling.dk";
    private static final String STORY = "Min leder tog sig tid til at forklare den nye vagtplan for hele holdet.";

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    InvitationMailer mailer;

    @Inject
    Results results;

    @Inject
    Notifications notifications;

    @Test
    void theLeaderAndTheManagerAreMailedTheLinksAndNoFigures() {
        RoundScenario s = RoundScenario.draft("Klar " + UUID.randomUUID().toString().substring(0, 6));
        s.launch();
        MailQueue.flush(mailer);
        List<Integer> scores = List.of(2, 5, 4);
        for (String employee : RoundScenario.EMPLOYEES) {
            given().header("X-Survey-Token", s.tokenOf(greenMail, employee)).contentType(ContentType.JSON)
                    .body(Map.of("answers", List.of(
                            Map.of("statementId", s.statementIds.get(0), "score", scores.get(0)),
                            Map.of("statementId", s.statementIds.get(1), "score", scores.get(1)),
                            Map.of("statementId", s.statementIds.get(2), "score", scores.get(2))),
                            "stories", List.of(Map.of("valueId", s.valueIds.get(0), "text", STORY))))
                    .post("/api/survey/submit").then().statusCode(201);
        }
        String leaderId = given().auth().oauth2(Tokens.login(RoundScenario.LEADER)).get("/api/me").then()
                .extract().path("id");
        String report = "/rapporter/" + s.roundId + "/" + leaderId;
        assertEquals(List.of(), Mailbox.texts(greenMail, RoundScenario.LEADER, report), "nothing before the close");

        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/close").then().statusCode(200);
        Counted.await(results, s.roundId);
        long deadline = System.nanoTime() + 60_000_000_000L;
        do {
            deliverNotices();
        } while ((Mailbox.texts(greenMail, RoundScenario.LEADER, report).isEmpty()
                || Mailbox.texts(greenMail, MANAGER, report).isEmpty()) && System.nanoTime() < deadline && pause());

        List<String> leader = Mailbox.texts(greenMail, RoundScenario.LEADER, report);
        List<String> manager = Mailbox.texts(greenMail, MANAGER, report);
        assertEquals(1, leader.size(), "the leader is told once");
        assertEquals(1, manager.size(), "the manager is told once");
        assertEquals("Din lederrapport er klar: " + s.name, Mailbox.subject(greenMail, RoundScenario.LEADER, report));
        assertEquals("Rapporten om Birgitte Lund er klar", Mailbox.subject(greenMail, MANAGER, report));
        assertTrue(leader.get(0).contains("din lederrapport er klar"), leader.get(0));
        assertTrue(manager.get(0).contains("rapporten om Birgitte Lund er klar"), manager.get(0));
        for (String text : List.of(leader.get(0), manager.get(0))) {
            assertTrue(text.contains(report + "\n") || text.contains(report + "\r\n"), "the report link: " + text);
            assertTrue(text.contains(report + "/samtale"), "the guide link: " + text);
            assertFalse(text.contains(STORY), "no story: " + text);
            assertFalse(text.toLowerCase().contains("gennemsnit"), "no mean: " + text);
            // Apart from the links, the round's name and the anonymity threshold, the mail holds no number.
            String rest = text.replaceAll("https?://\\S+", "").replace(s.name, "").replace("mindst 3 har svaret", "");
            assertFalse(rest.matches("(?s).*\\d.*"), "no figure: " + rest);
        }
        // The employees are not told.
        assertEquals(List.of(), Mailbox.texts(greenMail, "peter.dahl@demo.pejling.dk", report));
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private void deliverNotices() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        notifications.deliverDue();
        while (notifications.due() > 0 && System.nanoTime() < deadline) {
            notifications.deliverDue();
        }
    }
}
