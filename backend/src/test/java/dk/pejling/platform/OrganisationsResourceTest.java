package dk.pejling.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.auth.AccountMails;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.Mailbox;
import dk.pejling.testing.PasswordMails;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operator: organisations and their first admin, and nothing inside an organisation. */
@QuarkusTest
class OrganisationsResourceTest {

    static final String OPERATOR = "drift@demo.pejling.dk";

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    AccountMails mails;

    private static String operator() {
        return Tokens.login(OPERATOR);
    }

    private static Map<String, String> organisation(String name, String adminEmail) {
        return Map.of("name", name, "adminName", "Camilla Thorsen", "adminEmail", adminEmail);
    }

    @Test
    void theDemoOperatorIsAnOperatorOfNoOrganisation() {
        given().auth().oauth2(operator()).get("/api/me").then().statusCode(200)
                .body("operator", equalTo(true))
                .body("organisation", nullValue())
                .body("roles.size()", equalTo(0))
                .body("name", equalTo("Drift (demo)"));
    }

    @Test
    void theOperatorListsOrganisationsWithCountsAndNoPeople() {
        given().auth().oauth2(operator()).get("/api/organisations").then().statusCode(200)
                .body("find { it.name == 'Demo Kommune' }.people", org.hamcrest.Matchers.greaterThan(40))
                .body("find { it.name == 'Demo Kommune' }.rounds", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("find { it.name == 'Demo Kommune' }.active", equalTo(true))
                .body(not(containsString("demo.pejling.dk")));
    }

    @Test
    void anOrganisationsPeopleCannotUseTheOperatorsEndpoints() {
        String hr = Tokens.login("hr@demo.pejling.dk");
        given().auth().oauth2(hr).get("/api/organisations").then().statusCode(403);
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(organisation("X Kommune", "x@x.dk"))
                .post("/api/organisations").then().statusCode(403);
    }

    @Test
    void anOperatorCreatesAnOrganisationWhoseAdminChoosesAPasswordFromTheMail() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin-" + suffix + "@vesterby.dk";
        String id = given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(organisation("Vesterby Kommune " + suffix, admin))
                .post("/api/organisations").then().statusCode(201)
                .body("name", equalTo("Vesterby Kommune " + suffix))
                .body("slug", equalTo("vesterby-kommune-" + suffix))
                .body("people", equalTo(1))
                .body("rounds", equalTo(0))
                .extract().path("id");
        String token = PasswordMails.token(greenMail, mails, admin);
        assertEquals("Dit login til Pejling i Vesterby Kommune " + suffix,
                Mailbox.subject(greenMail, admin, "/adgangskode#"));
        // Before a password is chosen, nothing logs in.
        login(admin, "Et langt og godt kodeord 42").then().statusCode(401);
        setPassword(token, "kort").then().statusCode(400).body("errors[0].field", equalTo("password"));
        setPassword(token, "QWERTY123456").then().statusCode(400).body("errors[0].message",
                containsString("almindelige"));
        setPassword(token, "admin-" + suffix + " er min kode").then().statusCode(400)
                .body("errors[0].message", containsString("e-mail"));
        setPassword(token, "Et langt og godt kodeord 42").then().statusCode(204);
        setPassword(token, "Et andet langt kodeord 43").then().statusCode(400)
                .body("type", equalTo("urn:pejling:problem:invalid-link"));
        String adminToken = login(admin, "Et langt og godt kodeord 42").then().statusCode(200).extract().path("token");
        given().auth().oauth2(adminToken).get("/api/me").then().statusCode(200)
                .body("roles", equalTo(java.util.List.of("admin")))
                .body("organisation.id", equalTo(id));
        given().auth().oauth2(adminToken).get("/api/organisations").then().statusCode(403);
        // The admin has chosen a password: there is nobody to invite again.
        given().auth().oauth2(operator()).post("/api/organisations/" + id + "/admin-invitation").then()
                .statusCode(409);
    }

    @Test
    void namesAreUniqueIgnoringCaseAndAnAdminEmailMustBeFree() {
        String name = "Nordby Kommune " + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(organisation(name, "a-" + UUID.randomUUID() + "@nordby.dk"))
                .post("/api/organisations").then().statusCode(201);
        given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(organisation(name.toUpperCase(), "b-" + UUID.randomUUID() + "@nordby.dk"))
                .post("/api/organisations").then().statusCode(409);
        given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(organisation(name + " 2", "hr@demo.pejling.dk"))
                .post("/api/organisations").then().statusCode(409);
        given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(Map.of("name", "", "adminName", "X", "adminEmail", "ikke-en-mail"))
                .post("/api/organisations").then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("adminEmail"));
    }

    @Test
    void resendingTheInvitationVoidsTheFirstLink() {
        String admin = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@sydby.dk";
        String id = given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(organisation("Sydby " + UUID.randomUUID().toString().substring(0, 8), admin))
                .post("/api/organisations").then().statusCode(201).extract().path("id");
        String first = PasswordMails.token(greenMail, mails, admin);
        given().auth().oauth2(operator()).post("/api/organisations/" + id + "/admin-invitation").then()
                .statusCode(200).body("sent", equalTo(1));
        String second = PasswordMails.token(greenMail, mails, admin);
        assertTrue(!first.equals(second));
        setPassword(first, "Et langt og godt kodeord 42").then().statusCode(400);
        setPassword(second, "Et langt og godt kodeord 42").then().statusCode(204);
    }

    @Test
    void deactivatingAnOrganisationEndsItsSessionsAtOnce() {
        String admin = "d-" + UUID.randomUUID().toString().substring(0, 8) + "@oesterby.dk";
        String id = given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(organisation("Østerby " + UUID.randomUUID().toString().substring(0, 8), admin))
                .post("/api/organisations").then().statusCode(201)
                .body("slug", org.hamcrest.Matchers.startsWith("oesterby-"))
                .extract().path("id");
        setPassword(PasswordMails.token(greenMail, mails, admin), "Et langt og godt kodeord 42").then()
                .statusCode(204);
        String adminToken = login(admin, "Et langt og godt kodeord 42").then().statusCode(200).extract()
                .path("token");
        given().auth().oauth2(adminToken).get("/api/me").then().statusCode(200);
        given().auth().oauth2(operator()).post("/api/organisations/" + id + "/deactivate").then().statusCode(204);
        given().auth().oauth2(adminToken).get("/api/me").then().statusCode(401);
        login(admin, "Et langt og godt kodeord 42").then().statusCode(401);
        given().auth().oauth2(operator()).get("/api/organisations").then()
                .body("find { it.id == '" + id + "' }.active", equalTo(false));
        given().auth().oauth2(operator()).post("/api/organisations/" + UUID.randomUUID() + "/deactivate").then()
                .statusCode(404);
    }

    static io.restassured.response.Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }

    static io.restassured.response.Response setPassword(String token, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "password", password))
                .post("/api/auth/password");
    }
}
