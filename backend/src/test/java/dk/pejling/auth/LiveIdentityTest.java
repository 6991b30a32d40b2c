package dk.pejling.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.common.Role;
import dk.pejling.org.ImportFixtures;
import dk.pejling.org.ImportFixtures.ImportOrg;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.PasswordMails;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A login is what the database says it is on every request: deactivation, a removed role or a new password take
 * effect on the very next request, not when the token expires; and the import welcomes new logins by mail.
 */
@QuarkusTest
class LiveIdentityTest {

    private static final String HEADER = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n";
    private static final String PASSWORD = "Et langt og godt kodeord 42";

    @Inject
    ImportFixtures fixtures;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    AccountMails mails;

    private ImportOrg o;

    @BeforeEach
    void organisation() {
        o = fixtures.organisation(EnumSet.of(Role.hr, Role.admin));
    }

    private void apply(String token, String csv) {
        given().auth().oauth2(token).contentType("text/csv").queryParam("mode", "apply")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/org/import").then().statusCode(200);
    }

    private String withSecondHr(String roles) {
        return HEADER + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n"
                + "Rådhuset;;Ida Berg;" + o.mail("ida") + ";;" + roles + "\n";
    }

    /** Ida gets her login from the import, chooses a password from the welcome mail and logs in. */
    private String idaLogsIn() {
        apply(o.token(), withSecondHr("hr"));
        String link = PasswordMails.token(greenMail, mails, o.mail("ida"));
        given().contentType(ContentType.JSON).body(Map.of("token", link, "password", PASSWORD))
                .post("/api/auth/password").then().statusCode(204);
        return given().contentType(ContentType.JSON).body(Map.of("email", o.mail("ida"), "password", PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
    }

    @Test
    void theImportWelcomesEveryNewLoginAndHrSeesWhoHasNotChosenAPassword() {
        apply(o.token(), HEADER + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n"
                + "Rådhuset;;Ida Berg;" + o.mail("ida") + ";;leader\n"
                + "Rådhuset;;Ole Dam;" + o.mail("ole") + ";" + o.mail("ida") + ";\n");
        PasswordMails.flush(mails);
        assertEquals(1, PasswordMails.count(greenMail, o.mail("ida")));
        assertEquals(0, PasswordMails.count(greenMail, o.mail("ole")), "an employee without roles has no login");
        given().auth().oauth2(o.token()).get("/api/accounts").then().statusCode(200)
                .body("find { it.email == '" + o.mail("ida") + "' }.passwordSet", equalTo(false))
                .body("find { it.email == '" + o.mail("ida") + "' }.welcomeSentAt",
                        org.hamcrest.Matchers.notNullValue())
                .body("find { it.email == '" + o.hrEmail() + "' }.passwordSet", equalTo(true));
        String idaId = given().auth().oauth2(o.token()).get("/api/accounts").then()
                .extract().path("find { it.email == '" + o.mail("ida") + "' }.personId");
        given().auth().oauth2(o.token()).post("/api/accounts/" + idaId + "/welcome").then().statusCode(204);
        PasswordMails.flush(mails);
        assertEquals(2, PasswordMails.count(greenMail, o.mail("ida")));
        given().auth().oauth2(o.token()).post("/api/accounts/" + UUID.randomUUID() + "/welcome").then()
                .statusCode(404);
    }

    @Test
    void aDeactivatedHrPersonIsRefusedAtOnceAndCannotImportThemselvesBack() {
        String ida = idaLogsIn();
        given().auth().oauth2(ida).get("/api/org/units").then().statusCode(200);
        // Hanne imports a file without Ida: Ida is deactivated, and her token stops working on the next request.
        apply(o.token(), HEADER + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n");
        given().auth().oauth2(ida).get("/api/org/units").then().statusCode(401);
        given().auth().oauth2(ida).contentType("text/csv").queryParam("mode", "apply")
                .body(withSecondHr("hr").getBytes(StandardCharsets.UTF_8))
                .post("/api/org/import").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", o.mail("ida"), "password", PASSWORD))
                .post("/api/auth/login").then().statusCode(401);
    }

    @Test
    void aRemovedRoleIsRefusedOnTheNextRequestAndTheRefusalIsAudited() {
        String ida = idaLogsIn();
        given().auth().oauth2(ida).get("/api/org/units").then().statusCode(200);
        apply(o.token(), withSecondHr("leader"));
        given().auth().oauth2(ida).get("/api/org/units").then().statusCode(403);
        given().auth().oauth2(ida).get("/api/me").then().statusCode(200).body("roles", equalTo(java.util.List.of(
                "leader")));
        given().auth().oauth2(o.token()).get("/api/audit").then().statusCode(200)
                .body("find { it.action == 'access.denied' }.actor", equalTo("Ida Berg"))
                .body("find { it.action == 'access.denied' }.targetId", equalTo("/api/org/units"));
        // The audit log is the admin's: Ida (now a leader) may not read it.
        given().auth().oauth2(ida).get("/api/audit").then().statusCode(403);
    }

    @Test
    void aNewPasswordEndsEveryEarlierSession() {
        String ida = idaLogsIn();
        given().contentType(ContentType.JSON).body(Map.of("email", o.mail("ida")))
                .post("/api/auth/password-reset").then().statusCode(202);
        String link = PasswordMails.token(greenMail, mails, o.mail("ida"));
        given().auth().oauth2(ida).get("/api/me").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("token", link, "password", "Et helt nyt kodeord 77"))
                .post("/api/auth/password").then().statusCode(204);
        given().auth().oauth2(ida).get("/api/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", o.mail("ida"), "password", PASSWORD))
                .post("/api/auth/login").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", o.mail("ida"), "password", "Et helt nyt kodeord 77"))
                .post("/api/auth/login").then().statusCode(200);
    }
}
