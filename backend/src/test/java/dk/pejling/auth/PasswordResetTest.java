package dk.pejling.auth;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.PasswordMails;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Glemt adgangskode": the same answer for every address, a link only for a login, limits, single use. */
@QuarkusTest
class PasswordResetTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    AccountMails mails;

    @Inject
    AuthService auth;

    @Inject
    Operators operators;

    private static io.restassured.response.Response reset(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/auth/password-reset");
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheLoginGetsAMail() {
        String known = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@drift.dk";
        operators.bootstrap(known, "Driften");
        PasswordMails.flush(mails);
        int before = PasswordMails.count(greenMail, known);
        String unknown = "ingen-" + UUID.randomUUID() + "@drift.dk";
        String a = reset(known).then().statusCode(202).extract().asString();
        String b = reset(unknown).then().statusCode(202).extract().asString();
        assertEquals(a, b);
        PasswordMails.flush(mails);
        assertEquals(before + 1, PasswordMails.count(greenMail, known));
        assertEquals(0, PasswordMails.count(greenMail, unknown));
    }

    @Test
    void aNewLinkVoidsTheEarlierOnesAndALinkWorksOnce() {
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@drift.dk";
        operators.bootstrap(email, "Driften");
        String welcome = PasswordMails.token(greenMail, mails, email);
        reset(email).then().statusCode(202);
        String resetLink = PasswordMails.token(greenMail, mails, email);
        setPassword(welcome, "Et langt og godt kodeord 42").then().statusCode(400)
                .body("type", equalTo("urn:pejling:problem:invalid-link"));
        setPassword(resetLink, "Et langt og godt kodeord 42").then().statusCode(204);
        setPassword(resetLink, "Et langt og godt kodeord 43").then().statusCode(400)
                .body("type", equalTo("urn:pejling:problem:invalid-link"));
        setPassword("ukendt-" + UUID.randomUUID(), "Et langt og godt kodeord 43").then().statusCode(400)
                .body("type", equalTo("urn:pejling:problem:invalid-link"));
    }

    @Test
    void requestsAreLimitedPerAddress() {
        String email = "mange-" + UUID.randomUUID() + "@drift.dk";
        for (int i = 0; i < 3; i++) {
            reset(email).then().statusCode(202);
        }
        reset(email).then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"));
        reset("andre-" + UUID.randomUUID() + "@drift.dk").then().statusCode(202);
    }

    @Test
    void aPassphraseLongerThanBcryptReadsIsStillCheckedInFull() {
        String email = "lang-" + UUID.randomUUID().toString().substring(0, 8) + "@drift.dk";
        operators.bootstrap(email, "Driften");
        String base = "æøå".repeat(30); // 90 characters, 180 bytes: far beyond bcrypt's 72
        setPassword(PasswordMails.token(greenMail, mails, email), base + "-første").then().statusCode(204);
        login(email, base + "-første").then().statusCode(200);
        login(email, base + "-anden").then().statusCode(401);
        setPassword("x", "a".repeat(257)).then().statusCode(400);
    }

    @Test
    void plainBcryptHashesAreCheckedOnlyWithinTheir72Bytes() {
        String old = io.quarkus.elytron.security.common.BcryptUtil.bcryptHash("a".repeat(72), 4);
        assertTrue(PasswordHashing.matches("a".repeat(72), old));
        assertFalse(PasswordHashing.matches("a".repeat(72) + "b", old), "never ignore what lies beyond byte 72");
        String current = PasswordHashing.hash("a".repeat(72) + "b");
        assertFalse(PasswordHashing.matches("a".repeat(72) + "c", current));
        assertTrue(PasswordHashing.matches("a".repeat(72) + "b", current));
        assertTrue(new String("æ".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals("æ"));
    }

    @Test
    void theRulesOfAPassword() {
        assertEquals(null, PasswordPolicy.problem("Korrekt hest batteri hæfteklamme", "ida.berg@kommune.dk", false));
        assertTrue(PasswordPolicy.problem("kort", "a@b.dk", false).contains("12"));
        assertTrue(PasswordPolicy.problem("1qaz2wsx3edc", "a@b.dk", false).contains("almindelige"));
        assertTrue(PasswordPolicy.problem("Ida.Berg.Hemmelig.2026", "ida.berg@kommune.dk", true).contains("e-mail"));
        assertTrue(PasswordPolicy.problem("mit navn er berg hansen", "ida.berg@kommune.dk", true) != null,
                "a part of the e-mail name of four letters or more is refused");
        assertEquals(null, PasswordPolicy.problem("Ida elsker lange sætninger", "ida.berg@kommune.dk", true),
                "a part of three letters alone is not");
    }

    static io.restassured.response.Response setPassword(String token, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "password", password))
                .post("/api/auth/password");
    }

    static io.restassured.response.Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }
}
