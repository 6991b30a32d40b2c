package dk.pejling.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.common.Role;
import dk.pejling.testing.Fixtures;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.Mailbox;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Meeting evaluations through the real API: leaders make them with real signed tokens, participants answer through
 * the link from browsers of their own, and results appear only for closed evaluations with at least k answers and k
 * scores — to the leader and to the people the leader shares them with, nobody else.
 */
@QuarkusTest
class MeetingResourceTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String ORGANISATION = """
            Rådhuset;;Mette Kjær;mette@dom;;manager leader
            Ældreplejen;Rådhuset;Lars Holm;lars@dom;mette@dom;leader
            Ældreplejen;;Ea Aagaard;e1@dom;lars@dom;
            Skolerne;Rådhuset;Sofie Bach;sofie@dom;mette@dom;leader
            Skolerne;;Sara Lund;s1@dom;sofie@dom;
            """;

    @Inject
    TestOrganisation organisations;

    @Inject
    Fixtures fixtures;

    @Inject
    MeetingInvitations invitations;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EntityManager em;

    private Built org;
    private String lars;
    private String sofie;
    private String valueId;
    private String otherValueId;

    @BeforeEach
    void organisation() {
        org = organisations.create();
        org.importCsv(ORGANISATION);
        JsonPath framework = org.framework("Vores ledelsesgrundlag", 1, 1);
        valueId = framework.getString("values[0].id");
        otherValueId = framework.getString("values[1].id");
        lars = org.token("lars", Role.leader);
        sofie = org.token("sofie", Role.leader);
    }

    private static String browser() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    private JsonPath create(String token, String name, String value) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "meetingDate", LocalDate.now().toString(), "valueId", value))
                .post("/api/meetings").then().statusCode(201).extract().jsonPath();
    }

    private static String linkToken(JsonPath meeting) {
        String link = meeting.getString("link");
        assertTrue(link.startsWith("/m#"), link);
        return link.substring(3);
    }

    private static int answer(String linkToken, String browser, Integer score, String story) {
        Map<String, Object> body = new HashMap<>();
        body.put("score", score);
        if (story != null) {
            body.put("story", story);
        }
        return given().header("X-Meeting-Token", linkToken).header("X-Meeting-Browser", browser)
                .contentType(ContentType.JSON).body(body).post("/api/meeting-answer").statusCode();
    }

    private JsonPath close(String token, String id) {
        return given().auth().oauth2(token).post("/api/meetings/" + id + "/close").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void aClosedMeetingShowsItsResultOnlyWithKAnswersAndKScores() {
        JsonPath two = create(lars, "Personalemøde marts", valueId);
        answer(linkToken(two), browser(), 5, null);
        answer(linkToken(two), browser(), 4, null);
        JsonPath closedTwo = close(lars, two.getString("id"));
        assertEquals(false, closedTwo.getBoolean("result.shown"));
        assertEquals("TOO_FEW_ANSWERS", closedTwo.getString("result.hidden"));
        assertNull(closedTwo.get("result.answers"), "below k not even the count is told");
        assertNull(closedTwo.get("result.mean"));

        JsonPath dontKnow = create(lars, "Ledermøde", valueId);
        answer(linkToken(dontKnow), browser(), 4, null);
        answer(linkToken(dontKnow), browser(), 5, null);
        answer(linkToken(dontKnow), browser(), null, "Jeg var der kun kort");
        JsonPath closedDontKnow = close(lars, dontKnow.getString("id"));
        assertEquals("TOO_FEW_SCORES", closedDontKnow.getString("result.hidden"));
        assertNull(closedDontKnow.get("result.mean"));
        assertNull(closedDontKnow.get("result.stories"), "no story of a hidden result");

        JsonPath four = create(lars, "MED-møde", valueId);
        String token = linkToken(four);
        assertEquals(201, answer(token, browser(), 4, "Vi talte åbent om budgettet"));
        assertEquals(201, answer(token, browser(), 5, null));
        assertEquals(201, answer(token, browser(), 3, null));
        assertEquals(201, answer(token, browser(), null, null));
        JsonPath open = given().auth().oauth2(lars).get("/api/meetings/" + four.getString("id")).then()
                .statusCode(200).extract().jsonPath();
        assertTrue(open.getBoolean("open"));
        assertTrue(open.getBoolean("thresholdReached"));
        assertNull(open.get("result"), "no figure while answers can still arrive");

        JsonPath shown = close(lars, four.getString("id"));
        assertEquals(true, shown.getBoolean("result.shown"));
        assertEquals(4, shown.getInt("result.answers"));
        assertEquals(3, shown.getInt("result.scored"));
        assertEquals(1, shown.getInt("result.dontKnow"));
        assertEquals(4.0, shown.getDouble("result.mean"));
        assertEquals(List.of(0, 0, 1, 1, 1), shown.getList("result.distribution", Integer.class));
        assertEquals(List.of("Vi talte åbent om budgettet"), shown.getList("result.stories", String.class));
        assertNull(shown.get("link"), "a closed evaluation has no link to show");
        assertEquals(410, answer(token, browser(), 1, null), "no answer after closing");
        assertEquals(4, close(lars, four.getString("id")).getInt("result.answers"), "closing twice changes nothing");

        // The trend and HR's overview are made of shown results only.
        JsonPath trend = given().auth().oauth2(lars).get("/api/meetings/trend").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(1, trend.getList("").size());
        assertEquals("Værdi 1", trend.getString("[0].valueTitle"));
        assertEquals(List.of("MED-møde"), trend.getList("[0].points.name", String.class));
        JsonPath overview = given().auth().oauth2(org.hr).get("/api/meetings/overview").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, overview.getInt("[0].meetings"));
        assertEquals(1, overview.getInt("[0].meetingsShown"));
        assertEquals(4, overview.getInt("[0].answers"));
        assertEquals(4.0, overview.getDouble("[0].mean"));
        given().auth().oauth2(lars).get("/api/meetings/overview").then().statusCode(403);
        JsonPath list = given().auth().oauth2(lars).get("/api/meetings").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(4), list.getList("own.findAll { it.answers != null }.answers", Integer.class));
    }

    @Test
    void eachBrowserAnswersOnceAndBadAnswersAreRefusedByField() {
        JsonPath meeting = create(lars, "Tirsdagsmøde", otherValueId);
        String token = linkToken(meeting);
        given().header("X-Meeting-Token", token).get("/api/meeting-answer").then().statusCode(200)
                .body("meetingName", equalTo("Tirsdagsmøde")).body("valueTitle", equalTo("Værdi 2"))
                .body("leaderName", equalTo("Lars Holm")).body("k", equalTo(3));
        String browser = browser();
        assertEquals(201, answer(token, browser, 2, null));
        given().header("X-Meeting-Token", token).header("X-Meeting-Browser", browser).contentType(ContentType.JSON)
                .body(Map.of("score", 3)).post("/api/meeting-answer").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:pejling:problem:already-submitted"));
        given().header("X-Meeting-Token", token).header("X-Meeting-Browser", browser()).contentType(ContentType.JSON)
                .body(Map.of("score", 6)).post("/api/meeting-answer").then().statusCode(400)
                .body("errors.field", hasItem("score"));
        given().header("X-Meeting-Token", token).header("X-Meeting-Browser", browser()).contentType(ContentType.JSON)
                .body(Map.of("score", 3, "story", "x".repeat(2001))).post("/api/meeting-answer").then()
                .statusCode(400).body("errors.field", hasItem("story"));
        given().header("X-Meeting-Token", token).contentType(ContentType.JSON).body(Map.of("score", 3))
                .post("/api/meeting-answer").then().statusCode(400).body("errors.field", hasItem("X-Meeting-Browser"));
        given().header("X-Meeting-Token", "not-a-link").get("/api/meeting-answer").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/meeting-answer").then().statusCode(404);
    }

    @Test
    void onlyTheLeaderAndThoseTheyShareWithReadAnEvaluation() {
        JsonPath meeting = create(lars, "Koordineringsmøde", valueId);
        String id = meeting.getString("id");
        given().auth().oauth2(sofie).get("/api/meetings/" + id).then().statusCode(404);
        given().auth().oauth2(org.hr).get("/api/meetings/" + id).then().statusCode(404);
        given().auth().oauth2(fixtures.otherOrganisationHrToken()).get("/api/meetings/" + id).then().statusCode(404);
        given().auth().oauth2(sofie).post("/api/meetings/" + id + "/close").then().statusCode(404);
        given().get("/api/meetings/" + id).then().statusCode(401);
        given().auth().oauth2(org.hr).contentType(ContentType.JSON)
                .body(Map.of("name", "Mit møde", "meetingDate", LocalDate.now().toString(), "valueId", valueId))
                .post("/api/meetings").then().statusCode(403);

        given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of(org.mail("sofie"), "ukendt@example.org")))
                .put("/api/meetings/" + id + "/shares").then().statusCode(400)
                .body("errors.field", equalTo(List.of("emails[1]")));
        given().auth().oauth2(lars).contentType(ContentType.JSON).body(Map.of("emails", List.of(org.mail("sofie"))))
                .put("/api/meetings/" + id + "/shares").then().statusCode(200)
                .body("sharedWith.name", equalTo(List.of("Sofie Bach")));
        given().auth().oauth2(sofie).get("/api/meetings").then().statusCode(200)
                .body("shared.name", equalTo(List.of("Koordineringsmøde"))).body("own", equalTo(List.of()));
        given().auth().oauth2(sofie).get("/api/meetings/" + id).then().statusCode(200)
                .body("own", equalTo(false)).body("link", nullValue()).body("sharedWith", nullValue());
        given().auth().oauth2(sofie).post("/api/meetings/" + id + "/close").then().statusCode(403);
        given().auth().oauth2(sofie).contentType(ContentType.JSON).body(Map.of("emails", List.of()))
                .put("/api/meetings/" + id + "/shares").then().statusCode(403);
        given().auth().oauth2(lars).get("/api/meetings").then().statusCode(200)
                .body("own.name", hasItem("Koordineringsmøde")).body("shared", equalTo(List.of()));
    }

    @Test
    void aMeetingIsEvaluatedAgainstAPublishedValueOnADateThatMakesSense() {
        given().auth().oauth2(lars).get("/api/meetings/values").then().statusCode(200)
                .body("valueId", hasItem(valueId)).body("frameworkName", hasItem("Vores ledelsesgrundlag"));
        String foreign = fixtures.otherOrganisationHrToken();
        given().auth().oauth2(foreign).get("/api/meetings/values").then().statusCode(403);
        given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("name", "Møde", "meetingDate", LocalDate.now().toString(),
                        "valueId", "00000000-0000-0000-0000-000000000001"))
                .post("/api/meetings").then().statusCode(400).body("errors.field", equalTo(List.of("valueId")));
        given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("name", "Møde", "meetingDate", LocalDate.now().minusDays(60).toString(),
                        "valueId", valueId))
                .post("/api/meetings").then().statusCode(400).body("errors.field", equalTo(List.of("meetingDate")));
        given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("name", "Møde", "meetingDate", LocalDate.now().toString(), "valueId", valueId, "k", 2))
                .post("/api/meetings").then().statusCode(400).body("errors.field", hasItem("k"));
        given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("meetingDate", LocalDate.now().toString(), "valueId", valueId))
                .post("/api/meetings").then().statusCode(400).body("errors.field", hasItem("name"))
                .body("errors.field", not(hasItem("valueId")));
    }

    @Test
    void invitedByMailEachAddressGetsASingleUseLinkAndTheOpenLinkTakesNoAnswers() {
        String domain = org.domain;
        List<String> invitees = List.of("a1@" + domain, "a2@" + domain, "a3@" + domain);
        JsonPath meeting = given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("name", "Ledermøde", "meetingDate", LocalDate.now().toString(), "valueId", valueId,
                        "emails", invitees))
                .post("/api/meetings").then().statusCode(201).extract().jsonPath();
        assertTrue(meeting.getBoolean("byMail"));
        assertNull(meeting.get("link"), "no open link when participants are invited");
        given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("name", "Ledermøde", "meetingDate", LocalDate.now().toString(), "valueId", valueId,
                        "emails", List.of("a1@" + domain, "ikke-en-adresse")))
                .post("/api/meetings").then().statusCode(400).body("errors.field", hasItem("emails[1]"));

        while (invitations.deliverDue() > 0) {
            // until the queue is empty
        }
        int score = 3;
        for (String invitee : invitees) {
            List<String> mails = Mailbox.texts(greenMail, invitee, "Ledermøde");
            assertEquals(1, mails.size(), invitee);
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("/m#([A-Za-z0-9_-]+)").matcher(mails.get(0));
            assertTrue(link.find(), mails.get(0));
            given().header("X-Meeting-Token", link.group(1)).get("/api/meeting-answer").then().statusCode(200)
                    .body("meetingName", equalTo("Ledermøde"));
            assertEquals(201, answer(link.group(1), browser(), score++, null));
            assertEquals(409, answer(link.group(1), browser(), 1, null), "a personal link answers once");
        }
        JsonPath closed = close(lars, meeting.getString("id"));
        assertEquals(3, closed.getInt("result.answers"));
        assertEquals(4.0, closed.getDouble("result.mean"));
    }

    @Test
    void oneReminderReachesOnlyTheInviteesWhoseLinkIsUnusedAndTellsTheLeaderNoCount() {
        String domain = org.domain;
        List<String> invitees = List.of("r1@" + domain, "r2@" + domain, "r3@" + domain, "r4@" + domain);
        JsonPath meeting = given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("name", "Teammøde", "meetingDate", LocalDate.now().toString(), "valueId", valueId,
                        "emails", invitees))
                .post("/api/meetings").then().statusCode(201).extract().jsonPath();
        String id = meeting.getString("id");
        assertNull(meeting.get("remindedAt"));
        Map<String, String> links = new HashMap<>();
        for (String invitee : invitees) {
            links.put(invitee, link(awaitMail(invitee, "Du er inviteret")));
        }
        assertEquals(201, answer(links.get(invitees.get(0)), browser(), 4, null));
        assertEquals(201, answer(links.get(invitees.get(1)), browser(), 5, null));

        JsonPath reminded = given().auth().oauth2(lars).post("/api/meetings/" + id + "/reminder").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(reminded.getString("remindedAt").startsWith(LocalDate.now().getYear() + "-"));
        assertEquals(meeting.getMap("").keySet(), reminded.getMap("").keySet(),
                "the answer says when, never whom or how many the reminder reached");
        assertEquals(false, reminded.getBoolean("thresholdReached"));
        given().auth().oauth2(lars).get("/api/meetings/" + id).then().statusCode(200)
                .body("remindedAt", equalTo(reminded.getString("remindedAt")));
        given().auth().oauth2(lars).post("/api/meetings/" + id + "/reminder").then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("remindedAt")));
        given().auth().oauth2(sofie).post("/api/meetings/" + id + "/reminder").then().statusCode(404);

        for (String invitee : invitees.subList(2, 4)) {
            String text = awaitMail(invitee, "påmindelse");
            assertEquals(links.get(invitee), link(text), "the reminder carries the same single-use link");
            assertTrue(text.contains("»Teammøde«"), text);
        }
        assertEquals(List.of(), Mailbox.texts(greenMail, invitees.get(0), "påmindelse"), "r1 had answered");
        assertEquals(List.of(), Mailbox.texts(greenMail, invitees.get(1), "påmindelse"), "r2 had answered");
        assertEquals(0, count("select count(*) from meeting_invitation i join meeting_evaluation e "
                + "on e.id = i.meeting_id where e.id = '" + id + "' and (i.email is not null or i.reminder_pending "
                + "or i.reminder_attempts > 0)"), "once handled, no address stays and no row tells who had answered");
        assertEquals(201, answer(links.get(invitees.get(2)), browser(), 3, null));

        JsonPath open = create(lars, "Personalemøde", valueId);
        given().auth().oauth2(lars).post("/api/meetings/" + open.getString("id") + "/reminder").then()
                .statusCode(409).body("errors.field", equalTo(List.of("byMail")));
        JsonPath closed = close(lars, id);
        assertEquals(3, closed.getInt("result.answers"));
        given().auth().oauth2(lars).post("/api/meetings/" + id + "/reminder").then().statusCode(409)
                .body("errors.field", equalTo(List.of("open")));
    }

    @Test
    void closingForgetsTheInviteesAddressesAndDropsTheReminder() {
        String domain = org.domain;
        List<String> invitees = List.of("c1@" + domain, "c2@" + domain, "c3@" + domain);
        String id = given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("name", "Koordineringsmøde", "meetingDate", LocalDate.now().toString(), "valueId",
                        valueId, "emails", invitees))
                .post("/api/meetings").then().statusCode(201).extract().path("id");
        for (String invitee : invitees) {
            awaitMail(invitee, "Du er inviteret");
        }
        String where = " from meeting_invitation where meeting_id = '" + id + "' and email is not null";
        assertEquals(3, count("select count(*)" + where), "kept for the reminder while open");
        close(lars, id);
        assertEquals(0, count("select count(*)" + where), "an ended evaluation needs no address");
    }

    /** The text of the mail to {@code to} containing {@code marker}, waiting for the mail job (ours or the app's). */
    private String awaitMail(String to, String marker) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            invitations.deliverDue();
            List<String> texts = Mailbox.texts(greenMail, to, marker);
            if (!texts.isEmpty()) {
                assertEquals(1, texts.size(), to);
                return texts.get(0);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + to + " with " + marker);
    }

    private static String link(String text) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/m#([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
