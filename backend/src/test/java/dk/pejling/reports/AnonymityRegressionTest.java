package dk.pejling.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.common.AuditLog;
import dk.pejling.common.Notifications;
import dk.pejling.common.Role;
import dk.pejling.survey.Results;
import dk.pejling.testing.Counted;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.Mailbox;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What an outside review broke, each as it was done, now refused: HR naming itself a leader's manager to read the
 * report; a reorganisation that changes what the overview of a closed round adds up; statement quality minus the
 * reports HR may read; a statement shown on fewer than k who scored; the addresses of those who had not answered,
 * listed when reminders met a closing round.
 */
@QuarkusTest
class AnonymityRegressionTest {

    @Inject
    TestOrganisation organisations;

    @Inject
    Results results;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    @InjectGreenMail
    GreenMail greenMail;

    /** Mette leads Lars (five employees) and Sofie (six); Birgitte (three) is below k = 5. */
    private static final String ORGANISATION = """
            Rådhuset;;Mette Kjær;mette@dom;;manager leader
            Ældreplejen;Rådhuset;Lars Holm;lars@dom;mette@dom;leader
            Ældreplejen;;Ea Aagaard;e1@dom;lars@dom;
            Ældreplejen;;Emil Bach;e2@dom;lars@dom;
            Ældreplejen;;Ella Dahl;e3@dom;lars@dom;
            Ældreplejen;;Erik Friis;e4@dom;lars@dom;
            Ældreplejen;;Esther Juul;e5@dom;lars@dom;
            Skolerne;Rådhuset;Sofie Bach;sofie@dom;mette@dom;leader
            Skolerne;;Sara Lund;s1@dom;sofie@dom;
            Skolerne;;Simon Krog;s2@dom;sofie@dom;
            Skolerne;;Signe Mose;s3@dom;sofie@dom;
            Skolerne;;Sune Nør;s4@dom;sofie@dom;
            Skolerne;;Stine Ravn;s5@dom;sofie@dom;
            Skolerne;;Svend Sko;s6@dom;sofie@dom;
            Børnehuset;Rådhuset;Birgitte Lund;birgitte@dom;mette@dom;leader
            Børnehuset;;Bo Berg;b1@dom;birgitte@dom;
            Børnehuset;;Britt Bro;b2@dom;birgitte@dom;
            Børnehuset;;Bent Bæk;b3@dom;birgitte@dom;
            """;

    private Built organisation() {
        Built o = organisations.create();
        o.importCsv(ORGANISATION);
        return o;
    }

    /** Everyone answers: employees the given scores (two values of two statements), leaders and Mette 4s. */
    private void answerAll(Built o, String round, Map<String, List<Integer>> scores) {
        o.links(round).forEach((who, token) -> {
            String email = who.substring(who.indexOf('/') + 1);
            String local = email.substring(0, email.indexOf('@'));
            List<Integer> answer = scores.getOrDefault(local, List.of(4, 4, 4, 4));
            assertEquals(201, TestOrganisation.submit(token, answer, null), who);
        });
    }

    private String report(String token, String round, UUID leader, int status) {
        return given().auth().oauth2(token).get("/api/rounds/" + round + "/reports/" + leader).then()
                .statusCode(status).extract().asString();
    }

    @Test
    void hrThatNamesItselfALeadersManagerAfterLaunchStillCannotReadTheReport() {
        Built o = organisation();
        String framework = o.framework("Grundlag", 2, 2).getString("id");
        Map<String, Object> settings = Map.of("k", 5, "hrAccess", "NONE", "managerAccess", "REPORT");
        String past = o.launch(framework, "Forår", settings, List.of("lars"));
        answerAll(o, past, Map.of());
        o.close(past);
        Counted.await(results, past);
        String current = o.launch(framework, "Efterår", settings, List.of("lars"));
        answerAll(o, current, Map.of());

        // HR imports the organisation again with itself as Lars's manager.
        o.importCsv(ORGANISATION.replace("Lars Holm;lars@dom;mette@dom;leader", "Lars Holm;lars@dom;hr@dom;leader"));
        o.close(current);
        Counted.await(results, current);
        UUID lars = o.person("lars");
        String hanne = o.token("hr", Role.hr, Role.admin);
        for (String round : List.of(past, current)) {
            report(hanne, round, lars, 404);
            for (String part : List.of("/guide", "/pdf", "/plan")) {
                given().auth().oauth2(hanne).get("/api/rounds/" + round + "/reports/" + lars + part).then()
                        .statusCode(404);
            }
            report(o.token("mette", Role.manager, Role.leader), round, lars, 200);
        }
        given().auth().oauth2(hanne).get("/api/reports").then().statusCode(200)
                .body("findAll { it.leaderId == '" + lars + "' }", empty());

        // Only an admin's explicit, audited handover moves the report, and Lars is told.
        long handovers = audit.count(o.id, "report.handover");
        given().auth().oauth2(o.hr).contentType(ContentType.JSON)
                .body(Map.of("toPersonId", o.person("hr").toString(), "reason", "Hanne er Lars' nye leder"))
                .post("/api/rounds/" + current + "/reports/" + lars + "/handover").then().statusCode(200)
                .body("managerName", equalTo("Hanne Holm"));
        assertEquals(handovers + 1, audit.count(o.id, "report.handover"));
        report(hanne, current, lars, 200);
        report(o.token("mette", Role.manager, Role.leader), current, lars, 404);
        report(hanne, past, lars, 404);
        notifications.deliverDue();
        List<String> told = Mailbox.texts(greenMail, o.mail("lars"), "Hanne er Lars' nye leder");
        assertEquals(1, told.size(), "Lars is told who reads his report now, and why");
        assertTrue(told.get(0).contains("Hanne Holm"), told.get(0));
    }

    @Test
    void aReorganisationAfterLaunchChangesNothingInTheOverviewOfTheRound() {
        Built o = organisation();
        String framework = o.framework("Grundlag", 2, 2).getString("id");
        String round = o.launch(framework, "Runde", Map.of("k", 3), List.of("lars", "sofie", "birgitte"));
        answerAll(o, round, Map.of("e1", List.of(1, 2, 5, 5), "s2", List.of(5, 5, 1, 1), "b1", List.of(2, 2, 2, 2),
                "b2", List.of(5, 4, 5, 4)));
        o.close(round);
        Counted.await(results, round);
        String before = given().auth().oauth2(o.hr).get("/api/rounds/" + round + "/overview").then().statusCode(200)
                .extract().asString();
        // Two units move under a new parent, as the reviewer did to difference the two overviews.
        o.importCsv(ORGANISATION.replace("Ældreplejen;Rådhuset;", "Ældreplejen;Velfærd;")
                .replace("Børnehuset;Rådhuset;", "Børnehuset;Velfærd;") + "Velfærd;Rådhuset;;;;\n");
        String after = given().auth().oauth2(o.hr).get("/api/rounds/" + round + "/overview").then().statusCode(200)
                .extract().asString();
        assertEquals(before, after, "the round's views use the unit tree frozen at launch");
        assertTrue(!after.contains("Velfærd"));
    }

    @Test
    void statementQualityCannotBeSubtractedFromTheReportsHrReads() {
        Built o = organisation();
        String framework = o.framework("Grundlag", 2, 2).getString("id");
        String round = o.launch(framework, "Runde", Map.of("k", 5, "hrAccess", "REPORT"), List.of("lars", "sofie"));
        // Three of Sofie's six answer "ved ikke" to the second statement: three scored it.
        answerAll(o, round, Map.of("s1", Arrays.asList(4, null, 4, 4), "s2", Arrays.asList(3, null, 3, 3),
                "s3", Arrays.asList(5, null, 5, 5), "s4", List.of(2, 1, 2, 2), "s5", List.of(4, 5, 4, 4),
                "s6", List.of(3, 2, 3, 3)));
        o.close(round);
        Counted.await(results, round);
        JsonPath sofie = given().auth().oauth2(o.hr).get("/api/rounds/" + round + "/reports/" + o.person("sofie"))
                .then().statusCode(200).extract().jsonPath();
        assertNull(sofie.get("values[0].statements[1].employees"), "three scored it: fewer than k");
        assertEquals("BELOW_THRESHOLD", sofie.getString("values[0].statements[1].employeesMasked"));
        JsonPath lars = given().auth().oauth2(o.hr).get("/api/rounds/" + round + "/reports/" + o.person("lars"))
                .then().statusCode(200).extract().jsonPath();
        assertNotNull(lars.get("values[0].statements[1].employees"));
        JsonPath quality = given().auth().oauth2(o.hr).get("/api/rounds/" + round + "/overview/statements").then()
                .statusCode(200).extract().jsonPath();
        // The organisation's figure minus Lars's would be Sofie's three.
        assertNull(quality.get("values[0].statements[1].n"));
        assertNotNull(quality.get("values[0].statements[1].masked"));
        assertNull(quality.get("values[0].statements[1].mean"));
        JsonPath overview = given().auth().oauth2(o.hr).get("/api/rounds/" + round + "/overview").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(overview.getList("top.statementId").stream().noneMatch(
                id -> id.equals(quality.getString("values[0].statements[1].statementId"))));
        assertNull(sofie.get("values[0].benchmark"), "nor through the benchmark");
    }

    @Test
    void remindersMetByAClosingRoundNeverListWhoHadNotAnswered() {
        Built o = organisation();
        String framework = o.framework("Grundlag", 1, 1).getString("id");
        String round = o.launch(framework, "Runde", Map.of("k", 3), List.of("lars"));
        Map<String, String> links = o.links(round);
        assertEquals(201, TestOrganisation.submit(links.get("EMPLOYEE/" + o.mail("e1")), List.of(4, 4), null));
        given().auth().oauth2(o.hr).post("/api/rounds/" + round + "/reminders").then().statusCode(200)
                .body("queued", equalTo(6));
        o.close(round);
        JsonPath view = given().auth().oauth2(o.hr).get("/api/rounds/" + round).then().statusCode(200).extract()
                .jsonPath();
        assertTrue(view.getList("mail.failedRecipients").isEmpty(), view.prettify());
        assertTrue(!view.prettify().contains(o.mail("e2")), "no address of anyone who had not answered");
        Number pending = (Number) em.createNativeQuery("select count(*) from mail_outbox where round_id = :r and "
                + "status = 'PENDING'").setParameter("r", UUID.fromString(round)).getSingleResult();
        assertEquals(0, pending.intValue(), "mail of a closed round is cancelled");
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery("select column_name from information_schema.columns "
                + "where table_name = 'reminder_campaign'").getResultList();
        assertTrue(columns.stream().noneMatch(c -> c.contains("invitation_id") || c.contains("email")
                || c.contains("person")), "a reminder records how far it got, never whom: " + columns);
    }
}
