package dk.pejling.rounds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.testing.Fixtures;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.MailQueue;
import dk.pejling.testing.Mailbox;
import dk.pejling.testing.RoundScenario;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rounds through the API: drafting, the freeze at launch, mail through a real SMTP server, progress, closing. */
@QuarkusTest
class RoundResourceTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    InvitationMailer mailer;

    @Inject
    RoundService rounds;

    @Inject
    Fixtures fixtures;

    @Inject
    dk.pejling.common.Notifications notifications;

    /**
     * HR adds someone from the organisation to a leader's list (found by search), asks the leaders to confirm their
     * lists (a mail with a link), the leader sees and confirms the own list, and HR sees who has confirmed. A change to
     * the list undoes the confirmation; nobody confirms another leader's list.
     */
    @Test
    void hrAddsARespondentBySearchAndTheLeaderConfirmsTheListWhenAsked() {
        RoundScenario s = RoundScenario.draft("Bekræftelse " + Instant.now().toEpochMilli());
        String leader = Tokens.login(RoundScenario.LEADER);
        String leaderId = given().auth().oauth2(leader).get("/api/me").then().extract().path("id");

        JsonPath found = given().auth().oauth2(s.hr).queryParam("q", "sofie").get("/api/org/people").then()
                .statusCode(200).body("name", hasItem("Sofie Bach")).extract().jsonPath();
        String sofie = found.getString("find { it.name == 'Sofie Bach' }.id");
        given().auth().oauth2(s.hr).queryParam("q", "s").get("/api/org/people").then().statusCode(400)
                .body("errors[0].field", containsString("q"));
        given().auth().oauth2(leader).queryParam("q", "sofie").get("/api/org/people").then().statusCode(403);

        List<String> people = new java.util.ArrayList<>(given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId)
                .then().extract().jsonPath().getList("evaluees[0].employees.id", String.class));
        people.add(sofie);
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(Map.of("personIds", people))
                .put("/api/rounds/" + s.roundId + "/evaluees/" + leaderId + "/employees").then().statusCode(200)
                .body("evaluees[0].employees.name", hasItem("Sofie Bach"));

        // Asking needs a round that asks the leaders to confirm.
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/confirmation-requests").then()
                .statusCode(400);
        Map<String, Object> settings = RoundScenario.roundBody(s.frameworkId, s.name,
                Instant.now().plus(7, ChronoUnit.DAYS));
        settings.put("confirmRespondents", true);
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(settings).put("/api/rounds/" + s.roundId)
                .then().statusCode(200);
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/confirmation-requests").then()
                .statusCode(200).body("mailed", equalTo(1));
        notifications.deliverDue();
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<String> asked = List.of();
        while (asked.isEmpty() && System.nanoTime() < deadline) {
            notifications.deliverDue();
            asked = Mailbox.texts(greenMail, RoundScenario.LEADER, s.name);
        }
        assertEquals(1, asked.size(), "the leader is asked once");
        assertTrue(asked.get(0).contains("/bekraeft") && asked.get(0).contains("4 medarbejdere"), asked.get(0));

        given().auth().oauth2(leader).get("/api/rounds/confirmations").then().statusCode(200)
                .body("find { it.roundId == '" + s.roundId + "' }.employees.name", hasItem("Sofie Bach"))
                .body("find { it.roundId == '" + s.roundId + "' }.confirmedAt", nullValue());
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .post("/api/rounds/" + s.roundId + "/evaluees/" + leaderId + "/confirm").then().statusCode(404);
        given().auth().oauth2(leader).post("/api/rounds/" + s.roundId + "/evaluees/" + leaderId + "/confirm")
                .then().statusCode(204);
        given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId).then()
                .body("evaluees[0].confirmedAt", not(nullValue()));
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/confirmation-requests").then()
                .statusCode(200).body("mailed", equalTo(0));

        // HR changes the list: it must be confirmed again.
        people.remove(sofie);
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(Map.of("personIds", people))
                .put("/api/rounds/" + s.roundId + "/evaluees/" + leaderId + "/employees").then().statusCode(200)
                .body("evaluees[0].confirmedAt", nullValue());
    }

    @Test
    void aDraftRoundListsTheLeaderWithTheirEmployees() {
        RoundScenario s = RoundScenario.draft("Kladderunde");
        given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("k", equalTo(3)).body("kStory", equalTo(3))
                .body("managerAccess", equalTo("REPORT")).body("hrAccess", equalTo("NONE"))
                .body("evaluees[0].name", equalTo("Birgitte Lund"))
                .body("evaluees[0].unit", equalTo("Sekretariatet"))
                .body("evaluees[0].employees", hasSize(3))
                .body("evaluees[0].invited.find { it.group == 'EMPLOYEE' }.invited", equalTo(3));
        given().auth().oauth2(s.hr).get("/api/rounds").then().statusCode(200)
                .body("find { it.id == '" + s.roundId + "' }.status", equalTo("DRAFT"));
    }

    @Test
    void leadersAreAddedByUnitToo() {
        RoundScenario s = RoundScenario.draft("Enhedsrunde");
        List<Map<String, Object>> units = given().auth().oauth2(s.hr).get("/api/org/units").then().extract()
                .jsonPath().getList("$");
        Object dagtilbud = units.stream().filter(u -> u.get("name").equals("Dagtilbud")).findFirst().orElseThrow()
                .get("id");
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(Map.of("unitIds", List.of(dagtilbud)))
                .post("/api/rounds/" + s.roundId + "/evaluees").then().statusCode(200)
                .body("evaluees.name", hasItem("Sofie Bach"))
                .body("evaluees.find { it.name == 'Sofie Bach' }.employees", hasSize(12));
    }

    @Test
    void settingsAreValidatedAndNameTheField() {
        RoundScenario s = RoundScenario.draft("Valideret runde");
        Map<String, Object> body = RoundScenario.roundBody(s.frameworkId, "For lav k",
                Instant.now().plus(3, ChronoUnit.DAYS));
        body.put("k", 2);
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(body).post("/api/rounds")
                .then().statusCode(400).body("errors.field", hasItem("k"));
        body.put("k", 5);
        body.put("kStory", 4);
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(body).post("/api/rounds")
                .then().statusCode(400).body("errors.field", hasItem("kStory"));
        body.put("kStory", 5);
        body.put("closesAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(body).post("/api/rounds")
                .then().statusCode(400).body("errors.field", hasItem("closesAt"));
        body.put("closesAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        body.put("threshold", 1);
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(body).post("/api/rounds")
                .then().statusCode(400).body("errors.field", hasItem("threshold"));
    }

    @Test
    void launchFreezesTheRoundAndMailsEveryInvitee() {
        RoundScenario s = RoundScenario.draft("Forårsrunde");
        JsonPath launched = s.launch();
        assertEquals(5, launched.getInt("invitations"), "3 employees, the leader herself and her manager");
        assertEquals("OPEN", launched.getString("round.status"));
        given().auth().oauth2(s.hr).contentType(ContentType.JSON)
                .body(RoundScenario.roundBody(s.frameworkId, "Ændret", Instant.now().plus(9, ChronoUnit.DAYS)))
                .put("/api/rounds/" + s.roundId).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/launch").then().statusCode(409);

        MailQueue.flush(mailer);
        for (String employee : RoundScenario.EMPLOYEES) {
            List<String> mails = Mailbox.texts(greenMail, employee, s.name);
            assertEquals(1, mails.size(), employee);
            String text = mails.get(0);
            assertTrue(text.contains("Birgitte Lund"), text);
            assertTrue(text.contains("mindst 3 medarbejdere"), text);
            assertTrue(text.contains("/s#"), text);
        }
        assertEquals("Giv Birgitte Lund feedback på ledelse",
                Mailbox.subject(greenMail, "peter.dahl@demo.pejling.dk", s.name));
        assertEquals(1, Mailbox.texts(greenMail, RoundScenario.LEADER, s.name).size(), "self-assessment");
        assertEquals(1, Mailbox.texts(greenMail, "chef@demo.pejling.dk", s.name).size(), "manager rating");
        given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId).then().statusCode(200)
                .body("mail.sent", equalTo(5)).body("mail.pending", equalTo(0)).body("mail.failed", equalTo(0))
                .body("evaluees[0].employees", hasSize(0));
    }

    @Test
    void theTokenFromTheMailOpensTheSurvey() {
        RoundScenario s = RoundScenario.draft("Sommerrunde");
        s.launch();
        MailQueue.flush(mailer);
        String token = s.tokenOf(greenMail, "line.vestergaard@demo.pejling.dk");
        given().header("X-Survey-Token", token).get("/api/survey").then().statusCode(200)
                .body("leaderName", equalTo("Birgitte Lund"))
                .body("raterGroup", equalTo("EMPLOYEE"))
                .body("values", hasSize(2));
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotAnsweredAndSayNotWho() {
        RoundScenario s = RoundScenario.draft("Efterårsrunde");
        s.launch();
        MailQueue.flush(mailer);
        String token = s.tokenOf(greenMail, "peter.dahl@demo.pejling.dk");
        given().header("X-Survey-Token", token).contentType(ContentType.JSON).body(s.answers(4))
                .post("/api/survey/submit").then().statusCode(201);
        String body = given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/reminders")
                .then().statusCode(200).body("queued", equalTo(4)).extract().asString();
        assertFalse(body.contains("@"), body);
        MailQueue.flush(mailer);
        assertEquals(1, Mailbox.texts(greenMail, "peter.dahl@demo.pejling.dk", s.name).size());
        List<String> lines = Mailbox.texts(greenMail, "line.vestergaard@demo.pejling.dk", s.name);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("Kære Line Vestergaard") && lines.get(1).contains("mangler stadig"));
        assertEquals(token.length(), Mailbox.token(lines.get(1)).length());
    }

    @Test
    void progressShowsHrUnitsAndTheLeaderOnlyARoundedRateFromK() {
        RoundScenario s = RoundScenario.draft("Vinterrunde");
        s.launch();
        MailQueue.flush(mailer);
        String leader = Tokens.login(RoundScenario.LEADER);
        given().auth().oauth2(leader).get("/api/rounds/" + s.roundId + "/progress").then().statusCode(200)
                .body("own.thresholdReached", equalTo(false)).body("own.ratePercent", nullValue())
                .body("units", hasSize(0));
        // HR, before k have answered: the threshold is not reached, and no count below k is sent, not even 0.
        given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId + "/progress").then().statusCode(200)
                .body("k", equalTo(3))
                .body("units.find { it.group == 'EMPLOYEE' }.submitted", nullValue())
                .body("totals.find { it.group == 'EMPLOYEE' }.submitted", nullValue())
                .body("leaders", hasSize(1))
                .body("leaders[0].name", equalTo("Birgitte Lund"))
                .body("leaders[0].invited", equalTo(3))
                .body("leaders[0].thresholdReached", equalTo(false))
                .body("leaders[0].submitted", nullValue());
        for (String employee : RoundScenario.EMPLOYEES) {
            given().header("X-Survey-Token", s.tokenOf(greenMail, employee)).contentType(ContentType.JSON)
                    .body(s.answers(3)).post("/api/survey/submit").then().statusCode(201);
        }
        given().auth().oauth2(leader).get("/api/rounds/" + s.roundId + "/progress").then().statusCode(200)
                .body("own.thresholdReached", equalTo(true)).body("own.ratePercent", equalTo(100));
        given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId + "/progress").then().statusCode(200)
                .body("units.find { it.group == 'EMPLOYEE' }.unit", equalTo("Sekretariatet"))
                .body("units.find { it.group == 'EMPLOYEE' }.invited", equalTo(3))
                .body("units.find { it.group == 'EMPLOYEE' }.submitted", equalTo(3))
                .body("leaders[0].thresholdReached", equalTo(true))
                .body("leaders[0].submitted", equalTo(3));
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk")).get("/api/rounds/" + s.roundId + "/progress")
                .then().statusCode(404);
    }

    @Test
    void closingByHandAndByTheClock() {
        RoundScenario s = RoundScenario.draft("Lukkerunde");
        s.launch();
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedAt", not(nullValue()));
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/close").then().statusCode(409);
        assertEquals(0, rounds.closeDue(), "nothing else is due");
    }

    @Test
    void theClockClosesRoundsAndSendsTheAutomaticReminder() throws Exception {
        RoundScenario s = RoundScenario.draft("Urrunde");
        Map<String, Object> body = RoundScenario.roundBody(s.frameworkId, s.name,
                Instant.now().plus(1, ChronoUnit.DAYS).minus(1, ChronoUnit.MINUTES));
        body.put("reminderDaysBefore", 1);
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(body).put("/api/rounds/" + s.roundId)
                .then().statusCode(200);
        s.launch();
        MailQueue.flush(mailer);
        // Within a day of closing: the automatic reminder starts (here, or already by the scheduled job).
        rounds.remindDue();
        MailQueue.flush(mailer);
        List<String> mails = Mailbox.texts(greenMail, "peter.dahl@demo.pejling.dk", s.name);
        assertEquals(2, mails.size());
        assertTrue(mails.get(1).contains("mangler stadig"));
        given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId).then().statusCode(200)
                .body("mail.reminded", equalTo(5)).body("mail.remindersRunning", equalTo(false));
        assertEquals(0, rounds.remindDue(), "the automatic reminder goes once");

        RoundScenario soon = RoundScenario.draft("Snart lukket");
        Map<String, Object> closing = RoundScenario.roundBody(soon.frameworkId, soon.name,
                Instant.now().plus(3, ChronoUnit.SECONDS));
        given().auth().oauth2(soon.hr).contentType(ContentType.JSON).body(closing).put("/api/rounds/" + soon.roundId)
                .then().statusCode(200);
        soon.launch();
        Thread.sleep(3500);
        assertTrue(rounds.closeDue() >= 1);
        given().auth().oauth2(soon.hr).get("/api/rounds/" + soon.roundId).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void leadersConfirmTheirRespondentListsBeforeLaunchWhenAsked() {
        RoundScenario s = RoundScenario.draft("Bekræftelsesrunde");
        Map<String, Object> body = RoundScenario.roundBody(s.frameworkId, s.name,
                Instant.now().plus(5, ChronoUnit.DAYS));
        body.put("confirmRespondents", true);
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(body).put("/api/rounds/" + s.roundId)
                .then().statusCode(200);
        given().auth().oauth2(s.hr).post("/api/rounds/" + s.roundId + "/launch").then().statusCode(409)
                .body("detail", containsString("Birgitte Lund"));
        String leader = Tokens.login(RoundScenario.LEADER);
        String leaderId = given().auth().oauth2(leader).get("/api/me").then().extract().path("id");
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .post("/api/rounds/" + s.roundId + "/evaluees/" + leaderId + "/confirm").then().statusCode(404);
        given().auth().oauth2(leader).post("/api/rounds/" + s.roundId + "/evaluees/" + leaderId + "/confirm")
                .then().statusCode(204);
        s.launch();
    }

    @Test
    void hrEditsWhoIsAskedAboutALeader() {
        RoundScenario s = RoundScenario.draft("Redigeret liste");
        JsonPath round = given().auth().oauth2(s.hr).get("/api/rounds/" + s.roundId).then().extract().jsonPath();
        String leaderId = round.getString("evaluees[0].leaderId");
        List<String> employees = round.getList("evaluees[0].employees.id", String.class);
        given().auth().oauth2(s.hr).contentType(ContentType.JSON)
                .body(Map.of("personIds", employees.subList(0, 2)))
                .put("/api/rounds/" + s.roundId + "/evaluees/" + leaderId + "/employees").then().statusCode(200)
                .body("evaluees[0].employees", hasSize(2));
        given().auth().oauth2(s.hr).contentType(ContentType.JSON).body(Map.of("personIds", List.of(leaderId)))
                .put("/api/rounds/" + s.roundId + "/evaluees/" + leaderId + "/employees").then().statusCode(400)
                .body("errors[0].field", equalTo("personIds[0]"));
        assertEquals(4, s.launch().getInt("invitations"), "two employees, herself and her manager");
    }

    @Test
    void onlyHrRunsRoundsAndOtherOrganisationsSeeNothing() {
        RoundScenario s = RoundScenario.draft("Adgangsrunde");
        String leader = Tokens.login("leder@demo.pejling.dk");
        given().auth().oauth2(leader).get("/api/rounds").then().statusCode(403);
        given().auth().oauth2(leader).post("/api/rounds/" + s.roundId + "/launch").then().statusCode(403);
        String other = fixtures.otherOrganisationHrToken();
        given().auth().oauth2(other).get("/api/rounds/" + s.roundId).then().statusCode(404);
        given().auth().oauth2(other).post("/api/rounds/" + s.roundId + "/launch").then().statusCode(404);
        given().auth().oauth2(other).get("/api/rounds").then().statusCode(200).body("id", not(hasItem(s.roundId)));
        given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(RoundScenario.roundBody(s.frameworkId, "Lånt", Instant.now().plus(3, ChronoUnit.DAYS)))
                .post("/api/rounds").then().statusCode(400).body("errors.field", hasItem("frameworkVersionId"));
    }

    @Test
    void aDraftFrameworkCannotBeUsed() {
        RoundScenario s = RoundScenario.draft("Kladdegrundlag");
        String draft = given().auth().oauth2(s.hr).post("/api/frameworks/" + s.frameworkId + "/versions")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(s.hr).contentType(ContentType.JSON)
                .body(RoundScenario.roundBody(draft, "På kladde", Instant.now().plus(3, ChronoUnit.DAYS)))
                .post("/api/rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("frameworkVersionId"))
                .body("errors[0].message", containsString("offentliggjort"));
    }
}
