package dk.pejling.lus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The development plan through the real flow: two rounds over the same leader on the same framework, answered
 * through the survey; the plan written after the first shows up in the second's report beside the trend.
 */
@QuarkusTest
class PlanResourceTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    InvitationMailer mailer;

    @Inject
    Results results;

    @Inject
    dk.pejling.common.Notifications notifications;

    @Inject
    javax.sql.DataSource dataSource;

    /** Sends the queued notices, waiting for a batch the scheduled job may hold. */
    private void deliverNotices() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        notifications.deliverDue();
        while (notifications.due() > 0 && System.nanoTime() < deadline) {
            notifications.deliverDue();
        }
    }

    private static String leaderId() {
        return given().auth().oauth2(Tokens.login(RoundScenario.LEADER)).get("/api/me").then().extract().path("id");
    }

    /** Launches, lets the three employees answer {@code score} everywhere and closes. */
    private void answerAndClose(RoundScenario s, String roundId, int score) {
        given().auth().oauth2(s.hr).post("/api/rounds/" + roundId + "/launch").then().statusCode(200);
        MailQueue.flush(mailer);
        for (String employee : RoundScenario.EMPLOYEES) {
            given().header("X-Survey-Token", s.tokenOf(greenMail, employee)).contentType(ContentType.JSON)
                    .body(s.answers(score)).post("/api/survey/submit").then().statusCode(201);
        }
        given().auth().oauth2(s.hr).post("/api/rounds/" + roundId + "/close").then().statusCode(200);
        Counted.await(results, roundId);
    }

    private static String plan(String roundId) {
        return "/api/rounds/" + roundId + "/reports/" + leaderId() + "/plan";
    }

    private static Map<String, Object> goal(String title, String statementId) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", title);
        goal.put("statementId", statementId);
        goal.put("actions", "Fast punkt på personalemødet");
        goal.put("dueDate", "2027-03-01");
        goal.put("status", "IN_PROGRESS");
        return goal;
    }

    /**
     * The conversation around the plan: the leader shares it and the manager is mailed a link; the manager comments
     * and the leader is mailed a link; neither mail carries the goals or the comment. The author may edit (marked as
     * edited) or delete the comment, nobody else, and only for 24 hours; and the guide with the plan comes as a Word
     * document.
     */
    @Test
    void sharingAndCommentingMailLinksOnlyAndTheAuthorMayEditOrDeleteAComment() throws Exception {
        String name = "Deling " + Instant.now().toEpochMilli();
        RoundScenario s = RoundScenario.draft(name);
        answerAndClose(s, s.roundId, 4);
        String leader = Tokens.login(RoundScenario.LEADER);
        String manager = Tokens.login("chef@demo.pejling.dk");
        String secretGoal = "Hemmeligt mål " + name;

        given().auth().oauth2(leader).get(plan(s.roundId)).then().statusCode(200).body("canShare", equalTo(true))
                .body("relation", equalTo("OWN")).body("managerName", equalTo("Mette Kjær"));
        // Nothing to share before the plan is saved; only the leader shares.
        given().auth().oauth2(leader).post(plan(s.roundId) + "/share").then().statusCode(400);
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "goals", List.of(goal(secretGoal, s.statementIds.get(0)))))
                .put(plan(s.roundId)).then().statusCode(200);
        given().auth().oauth2(manager).post(plan(s.roundId) + "/share").then().statusCode(403);
        given().auth().oauth2(leader).post(plan(s.roundId) + "/share").then().statusCode(200)
                .body("sharedAt", org.hamcrest.Matchers.notNullValue());
        deliverNotices();
        List<String> shared = dk.pejling.testing.Mailbox.texts(greenMail, "chef@demo.pejling.dk", name).stream()
                .filter(t -> t.contains("har delt sin udviklingsplan")).toList();
        assertEquals(1, shared.size(), "the manager is told once");
        org.junit.jupiter.api.Assertions.assertTrue(
                shared.get(0).contains("/rapporter/" + s.roundId + "/" + leaderId() + "/plan"), shared.get(0));
        org.junit.jupiter.api.Assertions.assertFalse(shared.get(0).contains(secretGoal), "no goal in the mail");

        String secretComment = "Fortrolig kommentar " + name;
        JsonPath commented = given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("text", secretComment)).post(plan(s.roundId) + "/comments").then().statusCode(200)
                .body("relation", equalTo("MANAGER")).body("comments[0].mine", equalTo(true))
                .body("comments[0].editableUntil", org.hamcrest.Matchers.notNullValue()).extract().jsonPath();
        String commentId = commented.getString("comments[0].id");
        deliverNotices();
        List<String> told = dk.pejling.testing.Mailbox.texts(greenMail, RoundScenario.LEADER, name).stream()
                .filter(t -> t.contains("kommentar til din udviklingsplan")).toList();
        assertEquals(1, told.size(), "the leader is told of the manager's comment");
        org.junit.jupiter.api.Assertions.assertTrue(told.get(0).contains("Mette Kjær"), told.get(0));
        org.junit.jupiter.api.Assertions.assertFalse(told.get(0).contains(secretComment),
                "no comment text in the mail");

        // The leader reads the comment but may not change it; the author may, and it says when.
        given().auth().oauth2(leader).get(plan(s.roundId)).then().body("comments[0].mine", equalTo(false))
                .body("comments[0].editableUntil", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(leader).contentType(ContentType.JSON).body(Map.of("text", "Overtaget"))
                .put(plan(s.roundId) + "/comments/" + commentId).then().statusCode(404);
        given().auth().oauth2(leader).delete(plan(s.roundId) + "/comments/" + commentId).then().statusCode(404);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("text", "Rettet kommentar."))
                .put(plan(s.roundId) + "/comments/" + commentId).then().statusCode(200)
                .body("comments[0].text", equalTo("Rettet kommentar."))
                .body("comments[0].editedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("text", ""))
                .put(plan(s.roundId) + "/comments/" + commentId).then().statusCode(400)
                .body("errors[0].field", equalTo("text"));

        // The Word document: the guide and the plan, for the leader and the manager alike.
        byte[] docx = given().auth().oauth2(manager).get("/api/rounds/" + s.roundId + "/reports/" + leaderId()
                + "/guide/docx").then().statusCode(200).contentType(GuideResource.DOCX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")).extract().asByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            for (String expected : List.of("Samtaleguide og udviklingsplan: Birgitte Lund", "Spørgsmål til samtalen",
                    "Hvad vil du holde fast i?", "Udviklingsplan", secretGoal, "Fast punkt på personalemødet",
                    "I gang", "lederens forberedelse")) {
                org.junit.jupiter.api.Assertions.assertTrue(
                        text.contains(expected) || text.toLowerCase().contains(expected.toLowerCase()),
                        "missing \"" + expected + "\" in:\n" + text);
            }
            assertEquals("Heading1", doc.getParagraphs().get(0).getStyle(), "a real heading");
        }

        given().auth().oauth2(manager).delete(plan(s.roundId) + "/comments/" + commentId).then().statusCode(200)
                .body("comments.size()", equalTo(0));

        // After 24 hours the comment stands as written: its author can neither edit nor delete it.
        String late = given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("text", "Skrevet i går."))
                .post(plan(s.roundId) + "/comments").then().statusCode(200).extract().path("comments[0].id");
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("update plan_comment set created_at = created_at - "
                        + "interval '24 hours 1 second' where id = ?")) {
            statement.setObject(1, java.util.UUID.fromString(late));
            assertEquals(1, statement.executeUpdate());
        }
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("text", "Ændret for sent."))
                .put(plan(s.roundId) + "/comments/" + late).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:comment-locked"));
        given().auth().oauth2(manager).delete(plan(s.roundId) + "/comments/" + late).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:comment-locked"));
        given().auth().oauth2(leader).get(plan(s.roundId)).then().statusCode(200)
                .body("comments.size()", equalTo(1)).body("comments[0].text", equalTo("Skrevet i går."))
                .body("comments[0].editedAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void thePlanIsWrittenByTheLeaderCommentedByTheManagerAndShownInTheNextReport() {
        String name = "Plan " + Instant.now().toEpochMilli();
        RoundScenario first = RoundScenario.draft(name);
        answerAndClose(first, first.roundId, 2);
        String leader = Tokens.login(RoundScenario.LEADER);
        String manager = Tokens.login("chef@demo.pejling.dk");

        // An empty plan to start from; only the leader may write it.
        given().auth().oauth2(leader).get(plan(first.roundId)).then().statusCode(200).body("version", equalTo(0))
                .body("canEdit", equalTo(true));
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "goals", List.of(goal("Mere tydelig", first.statementIds.get(0)))))
                .put(plan(first.roundId)).then().statusCode(403);
        JsonPath saved = given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "goals", List.of(goal("Mere tydelig", first.statementIds.get(0)))))
                .put(plan(first.roundId)).then().statusCode(200).extract().jsonPath();
        assertEquals(1, saved.getInt("version"));
        assertEquals(first.valueIds.get(0), saved.getString("goals[0].valueId"), "the statement's value is filled in");
        assertEquals("Min leder er tydelig i sin kommunikation", saved.getString("goals[0].statementText"));

        // A save from an older version is refused, and nothing is lost.
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "goals", List.of()))
                .put(plan(first.roundId)).then().statusCode(409)
                .body("type", equalTo("urn:pejling:problem:stale-version"));
        given().auth().oauth2(leader).get(plan(first.roundId)).then().body("goals.size()", equalTo(1));

        // Bad goals name the field.
        Map<String, Object> blank = goal(" ", null);
        Map<String, Object> foreign = goal("Fremmed udsagn", java.util.UUID.randomUUID().toString());
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "goals", List.of(blank, foreign)))
                .put(plan(first.roundId)).then().statusCode(400)
                .body("errors.field", hasItem("goals[0].title"));
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "goals", List.of(foreign)))
                .put(plan(first.roundId)).then().statusCode(400)
                .body("errors.field", hasItem("goals[0].statementId"));

        Map<String, Object> farFuture = goal("Langt ude", null);
        farFuture.put("dueDate", "9999-01-01");
        Map<String, Object> control = goal("Med \u0000 i", null);
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "goals", List.of(farFuture, control)))
                .put(plan(first.roundId)).then().statusCode(400)
                .body("errors.field", hasItem("goals[1].title"));
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "goals", List.of(farFuture)))
                .put(plan(first.roundId)).then().statusCode(400)
                .body("errors.field", hasItem("goals[0].dueDate"));
        given().auth().oauth2(leader).contentType(ContentType.JSON).body(Map.of("text", "Nul \u0000 tegn"))
                .post(plan(first.roundId) + "/comments").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));

        // The manager comments; a colleague sees nothing.
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("text", "Godt mål."))
                .post(plan(first.roundId) + "/comments").then().statusCode(200)
                .body("comments[0].role", equalTo("MANAGER")).body("comments[0].authorName", equalTo("Mette Kjær"))
                .body("canEdit", equalTo(false));
        given().auth().oauth2(Tokens.login("sofie.bach@demo.pejling.dk")).get(plan(first.roundId))
                .then().statusCode(404);
        given().auth().oauth2(leader).contentType(ContentType.JSON).body(Map.of("text", ""))
                .post(plan(first.roundId) + "/comments").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));

        // The next round on the same framework: the report shows the trend and the previous plan.
        Map<String, Object> body = RoundScenario.roundBody(first.frameworkId, name + " igen",
                Instant.now().plus(30, ChronoUnit.DAYS));
        String second = given().auth().oauth2(first.hr).contentType(ContentType.JSON).body(body)
                .post("/api/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(first.hr).contentType(ContentType.JSON).body(Map.of("leaderIds", List.of(leaderId())))
                .post("/api/rounds/" + second + "/evaluees").then().statusCode(200);
        RoundScenario again = RoundScenario.named(first, name + " igen");
        answerAndClose(again, second, 4);

        JsonPath report = given().auth().oauth2(leader).get("/api/rounds/" + second + "/reports/" + leaderId())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(first.roundId, report.getString("previousRound.roundId"));
        assertEquals(2.0, report.getDouble("values[0].statements[0].trend.previousMean"));
        assertEquals(2.0, report.getDouble("values[0].statements[0].trend.change"));
        assertEquals(4.0, report.getDouble("values[0].statements[0].employees.mean"));
        assertEquals("Mere tydelig", report.getString("previousPlan.goals[0].title"));
        assertEquals("IN_PROGRESS", report.getString("previousPlan.goals[0].status"));
        JsonPath firstReport = given().auth().oauth2(leader)
                .get("/api/rounds/" + first.roundId + "/reports/" + leaderId()).then().statusCode(200).extract()
                .jsonPath();
        assertNull(firstReport.get("values[0].statements[0].trend"));
    }
}
