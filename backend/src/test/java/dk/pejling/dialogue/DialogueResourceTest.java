package dk.pejling.dialogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.common.Notifications;
import dk.pejling.common.Role;
import dk.pejling.testing.Fixtures;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.Mailbox;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A leader team's month through the real API: Mette's team is Lars and Sofie (who lead people themselves); Mette
 * plans a value, the team reads the guide's questions and the Kodeks dilemmas beside the value and writes its record;
 * a later month on the same value shows the earlier one. Nobody outside the team reads it.
 */
@QuarkusTest
class DialogueResourceTest {

    private static final String ORGANISATION = """
            Rådhuset;;Mette Kjær;mette@dom;;manager leader
            Ældreplejen;Rådhuset;Lars Holm;lars@dom;mette@dom;leader
            Ældreplejen;;Ea Aagaard;e1@dom;lars@dom;
            Skolerne;Rådhuset;Sofie Bach;sofie@dom;mette@dom;leader
            Skolerne;;Sara Lund;s1@dom;sofie@dom;
            Rådhuset;;Rikke Rask;rikke@dom;mette@dom;leader
            Havnen;;Knud Krog;knud@dom;;leader
            Havnen;;Kim Kure;k1@dom;knud@dom;
            """;

    @Inject
    TestOrganisation organisations;

    @Inject
    Fixtures fixtures;

    @Inject
    Notifications notifications;

    @InjectGreenMail
    GreenMail greenMail;

    private Built org;
    private String mette;
    private String lars;
    private String sofie;
    private String kodeksValue;

    @BeforeEach
    void organisation() {
        org = organisations.create();
        org.importCsv(ORGANISATION);
        String framework = given().auth().oauth2(org.hr).contentType(ContentType.JSON)
                .body(Map.of("template", "kodeks-for-god-ledelse")).post("/api/frameworks").then().statusCode(201)
                .extract().path("id");
        JsonPath published = given().auth().oauth2(org.hr).post("/api/frameworks/" + framework + "/publish").then()
                .statusCode(200).extract().jsonPath();
        kodeksValue = published.getString("values.find { it.kodeksPoint == 2 }.id");
        mette = org.token("mette", Role.manager, Role.leader);
        lars = org.token("lars", Role.leader);
        sofie = org.token("sofie", Role.leader);
    }

    private JsonPath plan(String month, String value) {
        return given().auth().oauth2(mette).contentType(ContentType.JSON)
                .body(Map.of("month", month, "valueId", value)).post("/api/team-dialogues").then().statusCode(201)
                .extract().jsonPath();
    }

    private static Map<String, Object> record(int version, String holdOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("holdOn", holdOn);
        body.put("doMore", "Spørge hinanden til råds");
        body.put("doLess", "Beslutte på gangen");
        return body;
    }

    @Test
    void planningAMonthMailsEachTeamMemberOneLinkToItAndNobodyElse() throws InterruptedException {
        JsonPath planned = plan(YearMonth.now().plusMonths(1).toString(), kodeksValue);
        String link = "/lederteam/" + planned.getString("id");
        List<String> members = List.of("mette", "lars", "sofie");
        long deadline = System.currentTimeMillis() + 20_000;
        while (members.stream().anyMatch(m -> Mailbox.texts(greenMail, m + "@" + org.domain, link).isEmpty())
                && System.currentTimeMillis() < deadline) {
            notifications.deliverDue();
            Thread.sleep(100);
        }
        notifications.deliverDue();
        for (String member : members) {
            List<String> mails = Mailbox.texts(greenMail, member + "@" + org.domain, link);
            assertEquals(1, mails.size(), member);
            String text = mails.get(0);
            assertTrue(text.contains(planned.getString("valueTitle")), text);
            assertFalse(text.contains(planned.getString("before[0]")), "the questions are read after logging in");
            assertTrue(Mailbox.subject(greenMail, member + "@" + org.domain, link)
                    .contains(planned.getString("valueTitle")));
        }
        for (String outsider : List.of("rikke", "e1", "s1", "knud", "k1")) {
            assertEquals(List.of(), Mailbox.texts(greenMail, outsider + "@" + org.domain, "/lederteam/"), outsider);
        }
    }

    @Test
    void aManagerPlansAMonthAndTheTeamWritesItsRecordBesideTheGuidesQuestionsAndDilemmas() {
        JsonPath overview = given().auth().oauth2(mette).get("/api/team-dialogues").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("Lars Holm", "Sofie Bach"), overview.getList("teams[0].members.name", String.class),
                "only the reports who lead people themselves");
        assertTrue(overview.getBoolean("teams[0].own"));
        assertTrue(overview.getList("values.valueId", String.class).contains(kodeksValue));

        String month = YearMonth.now().toString();
        JsonPath planned = plan(month, kodeksValue);
        assertEquals(3, planned.getList("before").size());
        assertEquals("Overvej det udvalgte kodekspunkt", planned.getString("before[0]"));
        assertEquals(6, planned.getList("during").size());
        assertEquals(6, planned.getList("duringEn").size());
        assertFalse(planned.getList("dilemmas").isEmpty(), "the Kodeks dilemmas that throw light on point 2");
        String id = planned.getString("id");

        given().auth().oauth2(mette).contentType(ContentType.JSON).body(Map.of("month", month, "valueId", kodeksValue))
                .post("/api/team-dialogues").then().statusCode(409);
        given().auth().oauth2(lars).get("/api/team-dialogues").then().statusCode(200)
                .body("teams.managerName", equalTo(List.of("Mette Kjær"))).body("teams[0].own", equalTo(false))
                .body("dialogues.id", hasItem(id)).body("values", hasSize(0));

        given().auth().oauth2(lars).contentType(ContentType.JSON).body(record(0, "At vi siger tingene højt"))
                .put("/api/team-dialogues/" + id + "/record").then().statusCode(200).body("version", equalTo(1))
                .body("updatedByName", equalTo("Lars Holm"));
        given().auth().oauth2(sofie).contentType(ContentType.JSON).body(record(0, "Noget andet"))
                .put("/api/team-dialogues/" + id + "/record").then().statusCode(409)
                .body("type", equalTo("urn:pejling:problem:stale-version"));
        given().auth().oauth2(sofie).get("/api/team-dialogues/" + id).then().statusCode(200)
                .body("holdOn", equalTo("At vi siger tingene højt"));

        JsonPath next = plan(YearMonth.now().plusMonths(1).toString(), kodeksValue);
        assertEquals(List.of(month), next.getList("history.month", String.class));
        assertEquals("At vi siger tingene højt", next.getString("history[0].holdOn"));
    }

    @Test
    void onlyTheTeamReadsItsMonthsAndOnlyItsManagerPlansThem() {
        String id = plan(YearMonth.now().toString(), kodeksValue).getString("id");
        given().auth().oauth2(org.token("knud", Role.leader)).get("/api/team-dialogues/" + id).then().statusCode(404);
        given().auth().oauth2(org.token("rikke", Role.leader)).get("/api/team-dialogues/" + id).then()
                .statusCode(404);
        given().auth().oauth2(org.token("knud", Role.leader)).contentType(ContentType.JSON)
                .body(record(0, "x")).put("/api/team-dialogues/" + id + "/record").then().statusCode(404);
        given().auth().oauth2(fixtures.otherOrganisationHrToken()).get("/api/team-dialogues/" + id).then()
                .statusCode(403);
        given().auth().oauth2(org.hr).get("/api/team-dialogues").then().statusCode(403);
        given().get("/api/team-dialogues").then().statusCode(401);
        given().auth().oauth2(lars).contentType(ContentType.JSON)
                .body(Map.of("month", YearMonth.now().toString(), "valueId", kodeksValue))
                .post("/api/team-dialogues").then().statusCode(403);
        given().auth().oauth2(mette).contentType(ContentType.JSON)
                .body(Map.of("month", "2026-13", "valueId", kodeksValue)).post("/api/team-dialogues").then()
                .statusCode(400).body("errors.field", hasItem("month"));
        given().auth().oauth2(mette).contentType(ContentType.JSON)
                .body(Map.of("month", YearMonth.now().plusYears(3).toString(), "valueId", kodeksValue))
                .post("/api/team-dialogues").then().statusCode(400).body("errors.field", equalTo(List.of("month")));
        given().auth().oauth2(mette).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "holdOn", "x".repeat(4001))).put("/api/team-dialogues/" + id + "/record")
                .then().statusCode(400).body("errors.field", hasItem("holdOn"));
    }
}
