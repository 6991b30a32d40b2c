package dk.pejling.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.auth.AccountMails;
import dk.pejling.rounds.InvitationMailer;
import dk.pejling.survey.Results;
import dk.pejling.testing.Counted;
import dk.pejling.testing.Fixtures;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.MailQueue;
import dk.pejling.testing.Mailbox;
import dk.pejling.testing.OidcProvider;
import dk.pejling.testing.PasswordMails;
import dk.pejling.testing.RoundScenario;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * From an empty installation to a report, as a new municipality would go: Pejling on a PostgreSQL given by JDBC URL
 * (the test's own) with no demo; the bootstrap operator chooses a password from the mail, creates the organisation;
 * its admin chooses a password and imports the organisation; the imported HR consultant chooses a password from
 * the welcome mail and logs in; the admin sets up single sign-on; a leader logs in through the identity provider;
 * HR runs a round that employees answer and that closes; the leader reads the report. Another organisation sees
 * none of it.
 */
@QuarkusTest
@TestProfile(RealOrganisationJourneyTest.NewInstallation.class)
class RealOrganisationJourneyTest {

    static final String OPERATOR = "drift@pejling-drift.dk";
    static final String PASSWORD = "Mange gode år med ledelse";

    public static class NewInstallation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pejling.demo", "false",
                    "pejling.bootstrap.operator-email", OPERATOR,
                    "pejling.bootstrap.operator-name", "Driften");
        }
    }

    private static OidcProvider provider;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    AccountMails accountMails;

    @Inject
    InvitationMailer invitations;

    @Inject
    Fixtures fixtures;

    @Inject
    Results results;

    @ConfigProperty(name = "pejling.demo")
    boolean demo;

    @BeforeAll
    static void startProvider() {
        provider = new OidcProvider("vesterby");
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    private static String login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
    }

    private void choosePassword(String email) {
        given().contentType(ContentType.JSON)
                .body(Map.of("token", PasswordMails.token(greenMail, accountMails, email), "password", PASSWORD))
                .post("/api/auth/password").then().statusCode(204);
    }

    @Test
    void fromAnEmptyInstallationToALeadersReportGuideAndPlan() {
        assertFalse(demo, "this installation has no demo");
        // No organisation, no person: only the bootstrap operator exists, without a password.
        given().contentType(ContentType.JSON).body(Map.of("email", OPERATOR, "password", "demo1234"))
                .post("/api/auth/login").then().statusCode(401);

        // The bootstrap operator, mailed at start.
        choosePassword(OPERATOR);
        String operator = login(OPERATOR, PASSWORD);
        given().auth().oauth2(operator).get("/api/me").then().body("operator", equalTo(true));

        // The organisation and its first admin.
        String admin = "camilla.thorsen@vesterby.dk";
        JsonPath organisation = given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("name", "Vesterby Kommune", "adminName", "Camilla Thorsen", "adminEmail", admin))
                .post("/api/organisations").then().statusCode(201).extract().jsonPath();
        String slug = organisation.getString("slug");
        choosePassword(admin);
        String adminToken = login(admin, PASSWORD);

        // The admin imports the organisation: HR, a direktør, a leader with three employees.
        String csv = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n"
                + "Direktionen;;Camilla Thorsen;" + admin + ";;admin\n"
                + "Direktionen;;Mette Kjær;mette.kjaer@vesterby.dk;;manager leader\n"
                + "HR;Direktionen;Hanne Holm;hanne.holm@vesterby.dk;mette.kjaer@vesterby.dk;hr\n"
                + "Ældreplejen;Direktionen;Lars Nielsen;lars.nielsen@vesterby.dk;mette.kjaer@vesterby.dk;leader\n"
                + "Ældreplejen;;Bente Sørensen;bente.soerensen@vesterby.dk;lars.nielsen@vesterby.dk;\n"
                + "Ældreplejen;;Ole Dam;ole.dam@vesterby.dk;lars.nielsen@vesterby.dk;\n"
                + "Ældreplejen;;Sara Iversen;sara.iversen@vesterby.dk;lars.nielsen@vesterby.dk;\n";
        given().auth().oauth2(adminToken).contentType("text/csv").queryParam("mode", "apply")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/org/import").then().statusCode(200)
                .body("summary.accountsCreated", equalTo(3));

        // The HR consultant chooses a password from the welcome mail and logs in.
        choosePassword("hanne.holm@vesterby.dk");
        String hr = login("hanne.holm@vesterby.dk", PASSWORD);
        given().auth().oauth2(hr).get("/api/accounts").then().statusCode(200)
                .body("find { it.email == 'lars.nielsen@vesterby.dk' }.passwordSet", equalTo(false));

        // The admin sets up single sign-on; the leader logs in through the identity provider.
        Map<String, Object> sso = new HashMap<>();
        sso.put("enabled", true);
        sso.put("issuer", provider.issuer());
        sso.put("clientId", OidcProvider.CLIENT_ID);
        sso.put("clientSecret", OidcProvider.CLIENT_SECRET);
        sso.put("passwordsAllowed", true);
        sso.put("domains", List.of("vesterby.dk"));
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(sso).put("/api/auth/sso-settings")
                .then().statusCode(200);
        provider.nextLogin("lars", Map.of("email", "lars.nielsen@vesterby.dk"), 3600);
        String location = provider.signIn(slug).location();
        assertTrue(location.startsWith("/login/sso#kode="), location);
        String leader = given().contentType(ContentType.JSON)
                .body(Map.of("code", location.substring("/login/sso#kode=".length())))
                .post("/api/auth/sso/exchange").then().statusCode(200).extract().path("token");
        String leaderId = given().auth().oauth2(leader).get("/api/me").then().statusCode(200)
                .body("roles", equalTo(List.of("leader"))).extract().path("id");

        // The core loop: a framework, a round over Lars, three employees answer, the round closes, Lars reads.
        String framework = given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("name", "Vesterbys ledelsesgrundlag")).post("/api/frameworks").then().statusCode(201)
                .extract().path("id");
        String value = given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("title", "Synlig"))
                .post("/api/frameworks/" + framework + "/values").then().statusCode(201)
                .extract().path("values[0].id");
        given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("text", "Min leder er tilgængelig", "selfText", "Jeg er tilgængelig"))
                .post("/api/frameworks/" + framework + "/values/" + value + "/statements").then().statusCode(201);
        JsonPath published = given().auth().oauth2(hr).post("/api/frameworks/" + framework + "/publish").then()
                .statusCode(200).extract().jsonPath();
        String statement = published.getString("values[0].statements[0].id");
        String roundName = "Lederevaluering Vesterby 2027";
        String round = given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(RoundScenario.roundBody(published.getString("id"), roundName,
                        Instant.now().plus(7, ChronoUnit.DAYS)))
                .post("/api/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("leaderIds", List.of(leaderId)))
                .post("/api/rounds/" + round + "/evaluees").then().statusCode(200);
        given().auth().oauth2(hr).post("/api/rounds/" + round + "/launch").then().statusCode(200);
        MailQueue.flush(invitations);
        int score = 3;
        for (String employee : List.of("bente.soerensen", "ole.dam", "sara.iversen")) {
            List<String> mails = Mailbox.texts(greenMail, employee + "@vesterby.dk", roundName);
            assertEquals(1, mails.size(), "one invitation to " + employee);
            List<Map<String, Object>> answers = new ArrayList<>();
            answers.add(Map.of("statementId", statement, "score", score++));
            given().header("X-Survey-Token", Mailbox.token(mails.get(0))).contentType(ContentType.JSON)
                    .body(Map.of("answers", answers, "stories", List.of())).post("/api/survey/submit").then()
                    .statusCode(201);
        }
        given().auth().oauth2(hr).post("/api/rounds/" + round + "/close").then().statusCode(200);
        Counted.await(results, round);
        given().auth().oauth2(leader).get("/api/rounds/" + round + "/reports/" + leaderId).then().statusCode(200)
                .body("leaderName", equalTo("Lars Nielsen"))
                .body("employeesShown", equalTo(true))
                .body("values[0].employees.n", equalTo(3))
                .body("values[0].employees.mean", equalTo(4.0f));
        // The LUS: the guide, the PDF, the leader's plan and the manager's comment on it.
        String report = "/api/rounds/" + round + "/reports/" + leaderId;
        given().auth().oauth2(leader).get(report + "/guide").then().statusCode(200)
                .body("values[0].title", equalTo("Synlig"));
        given().auth().oauth2(leader).get(report + "/pdf").then().statusCode(200).contentType("application/pdf");
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "goals", List.of(Map.of("title", "Være mere synlig i hverdagen"))))
                .put(report + "/plan").then().statusCode(200).body("goals[0].title",
                        equalTo("Være mere synlig i hverdagen"));
        choosePassword("mette.kjaer@vesterby.dk");
        String mette = login("mette.kjaer@vesterby.dk", PASSWORD);
        given().auth().oauth2(mette).contentType(ContentType.JSON).body(Map.of("text", "Godt mål, lad os følge op."))
                .post(report + "/plan/comments").then().statusCode(200)
                .body("comments[0].text", equalTo("Godt mål, lad os følge op."));

        // Nothing of it is visible from another organisation, nor to the operator.
        String other = fixtures.otherOrganisationHrToken();
        given().auth().oauth2(other).get("/api/rounds/" + round).then().statusCode(404);
        given().auth().oauth2(other).get("/api/rounds/" + round + "/reports/" + leaderId).then().statusCode(404);
        given().auth().oauth2(other).get("/api/rounds/" + round + "/overview").then().statusCode(404);
        given().auth().oauth2(other).get("/api/frameworks/" + framework).then().statusCode(404);
        given().auth().oauth2(other).get("/api/rounds").then().statusCode(200)
                .body("id", not(hasItem(round)));
        given().auth().oauth2(other).get("/api/accounts").then().statusCode(200)
                .body("email", not(hasItem("lars.nielsen@vesterby.dk")));
        given().auth().oauth2(operator).get("/api/rounds/" + round).then().statusCode(403);
        given().auth().oauth2(operator).get("/api/organisations").then().statusCode(200)
                .body("find { it.slug == '" + slug + "' }.rounds", equalTo(1))
                .body("find { it.slug == '" + slug + "' }.people", equalTo(7));
    }
}
