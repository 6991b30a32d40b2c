package dk.pejling.rounds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dk.pejling.testing.RoundScenario;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the SMTP server unreachable, a launch still succeeds, and HR sees which mails failed. */
@QuarkusTest
@TestProfile(MailFailureTest.SmtpDown.class)
class MailFailureTest {

    /** Port 1 on loopback: connection refused, a real sending failure. One attempt before giving up. */
    public static class SmtpDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.port", "1", "pejling.survey.mail-attempts", "1",
                    "pejling.jobs.mail-interval", "1h");
        }
    }

    @Inject
    InvitationMailer mailer;

    @Test
    void aLaunchSurvivesFailingMailAndHrSeesTheFailures() {
        RoundScenario s = RoundScenario.draft("Runde uden post");
        s.launch();
        given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId).then().statusCode(200)
                .body("status", equalTo("OPEN"));
        // Sends in batches, oldest first: the demo round's mails may come before ours.
        for (int i = 0; i < 10; i++) {
            mailer.deliverDue();
        }
        given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("mail.failed", equalTo(5))
                .body("mail.sent", equalTo(0))
                .body("mail.failedRecipients", hasItem("peter.dahl@demo.pejling.dk"));
    }
}
