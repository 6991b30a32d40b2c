package dk.pejling.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.common.RateLimiter;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.PasswordMails;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

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

    @Inject
    DataSource dataSource;

    @Inject
    RateLimiter limiter;

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

    @Test
    void anExpiredLinkGetsTheSame400AsAUsedOrUnknownOne() throws SQLException {
        String email = "udloebet-" + UUID.randomUUID().toString().substring(0, 8) + "@drift.dk";
        operators.bootstrap(email, "Driften");
        String welcome = PasswordMails.token(greenMail, mails, email);
        assertEquals(1,
                update("update password_token set expires_at = now() - interval '1 second' where token_hash = ?",
                        PasswordLinks.hash(welcome)));

        var expired = setPassword(welcome, "Et langt og godt kodeord 42").then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        var unknown = setPassword("ukendt-" + UUID.randomUUID(), "Et langt og godt kodeord 42").then()
                .statusCode(400).extract().jsonPath();
        assertEquals("urn:pejling:problem:invalid-link", expired.getString("type"));
        assertEquals(unknown.getString("type"), expired.getString("type"));
        assertEquals(unknown.getString("title"), expired.getString("title"));
        assertEquals(unknown.getString("detail"), expired.getString("detail"));
        login(email, "Et langt og godt kodeord 42").then().statusCode(401);
    }

    @Test
    void aWelcomeLinkHoldsForSevenDaysAndAResetLinkForOneHourAndOnlyTheirHashesAreStored() throws SQLException {
        String email = "gyldig-" + UUID.randomUUID().toString().substring(0, 8) + "@drift.dk";
        operators.bootstrap(email, "Driften");
        String welcome = PasswordMails.token(greenMail, mails, email);
        Instant mailed = Instant.now();
        Instant[] welcomeLink = stored(welcome);
        assertEquals(Duration.ofDays(7), Duration.between(welcomeLink[0], welcomeLink[1]));
        assertTrue(welcomeLink[1].isAfter(mailed.plus(Duration.ofDays(7)).minusSeconds(60))
                && !welcomeLink[1].isAfter(mailed.plus(Duration.ofDays(7))), welcomeLink[1].toString());

        reset(email).then().statusCode(202);
        String resetToken = PasswordMails.token(greenMail, mails, email);
        Instant[] resetLink = stored(resetToken);
        assertEquals(Duration.ofHours(1), Duration.between(resetLink[0], resetLink[1]));
        assertTrue(resetLink[1].isAfter(Instant.now().plus(Duration.ofMinutes(55)))
                && resetLink[1].isBefore(Instant.now().plus(Duration.ofMinutes(61))), resetLink[1].toString());

        // The table holds the SHA-256 of a token, never the token: no row, read as text, contains either one.
        for (String token : new String[] {welcome, resetToken}) {
            assertEquals(0, count("select count(*) from password_token t where t::text like ?", "%" + token + "%"));
            assertEquals(1,
                    count("select count(*) from password_token where token_hash = ?", PasswordLinks.hash(token)));
        }
    }

    @Test
    void anInactiveLoginGetsNoResetMail() throws SQLException {
        String email = "inaktiv-" + UUID.randomUUID().toString().substring(0, 8) + "@drift.dk";
        operators.bootstrap(email, "Driften");
        PasswordMails.token(greenMail, mails, email);
        int before = PasswordMails.count(greenMail, email);
        assertEquals(1, update("update account set active = false where lower(email) = lower(?)", email));

        String answer = reset(email).then().statusCode(202).extract().asString();
        assertEquals(reset("ingen-" + UUID.randomUUID() + "@drift.dk").then().statusCode(202).extract().asString(),
                answer, "the same answer as for an address that is no login");
        PasswordMails.flush(mails);
        assertEquals(before, PasswordMails.count(greenMail, email));
        assertEquals(0, count("select count(*) from account_mail where kind = 'RESET' and status = 'PENDING' "
                + "and requested_email = ?", email));
    }

    /** Many addresses from one client: the client's own limit refuses with 429 and Retry-After. */
    @Test
    void requestsAreLimitedPerClient() {
        int max = limiter.limit("password-reset-client").max();
        try {
            int refusedAt = -1;
            for (int i = 0; i <= max && refusedAt < 0; i++) {
                var response = reset("klient-" + i + "-" + UUID.randomUUID() + "@drift.dk");
                if (response.statusCode() == 429) {
                    refusedAt = i;
                    response.then().contentType("application/problem+json")
                            .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                            .body("type", equalTo("urn:pejling:problem:too-many-requests"));
                } else {
                    response.then().statusCode(202);
                }
            }
            assertTrue(refusedAt >= 0, "no 429 after " + (max + 1) + " requests from one client");
            // Setting a password counts against the same client limit.
            setPassword("ukendt-" + UUID.randomUUID(), "Et langt og godt kodeord 42").then().statusCode(429);
        } finally {
            // The suite's other tests come from the same client.
            for (String client : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1", "::1"}) {
                limiter.reset(limiter.limit("password-reset-client"), client);
            }
        }
        reset("efter-" + UUID.randomUUID() + "@drift.dk").then().statusCode(202);
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** created_at and expires_at of the stored link of this token. */
    private Instant[] stored(String token) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection,
                        "select created_at, expires_at from password_token where token_hash = ?",
                        PasswordLinks.hash(token));
                ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next(), "no stored link for the token");
            return new Instant[] {rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant()};
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
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
