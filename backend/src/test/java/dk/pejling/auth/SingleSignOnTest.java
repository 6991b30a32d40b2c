package dk.pejling.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.common.Role;
import dk.pejling.org.ImportFixtures;
import dk.pejling.org.ImportFixtures.ImportOrg;
import dk.pejling.testing.InjectGreenMail;
import dk.pejling.testing.OidcProvider;
import dk.pejling.testing.PasswordMails;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on against a real OpenID Connect provider running in the test: the whole redirect dance, and every
 * way it must fail (wrong issuer, wrong audience, an expired ID token, a replayed state, a person of another
 * organisation, an unknown or deactivated person) without a login and without creating anyone.
 */
@QuarkusTest
class SingleSignOnTest {

    private static final String HEADER = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n";
    private static OidcProvider provider;

    @Inject
    ImportFixtures fixtures;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    AccountMails mails;

    @Inject
    DataSource dataSource;

    private ImportOrg o;
    private String slug;

    @BeforeAll
    static void startProvider() {
        provider = new OidcProvider("kommune");
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void organisationWithSingleSignOn() {
        o = fixtures.organisation(EnumSet.of(Role.hr, Role.admin));
        slug = o.domain().replace(".pejling.dk", "");
        given().auth().oauth2(o.token()).contentType("text/csv").queryParam("mode", "apply")
                .body((HEADER + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n"
                        + "Rådhuset;;Lene Leder;" + o.mail("lene") + ";;leader\n"
                        + "Rådhuset;;Per Ansat;" + o.mail("per") + ";" + o.mail("lene") + ";\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/org/import").then().statusCode(200);
        given().auth().oauth2(o.token()).contentType(ContentType.JSON).body(settings(true))
                .put("/api/auth/sso-settings").then().statusCode(200)
                .body("clientSecretSet", equalTo(true))
                .body(not(containsString(OidcProvider.CLIENT_SECRET)));
    }

    private Map<String, Object> settings(boolean passwordsAllowed) {
        Map<String, Object> body = new HashMap<>();
        body.put("enabled", true);
        body.put("issuer", provider.issuer());
        body.put("clientId", OidcProvider.CLIENT_ID);
        body.put("clientSecret", OidcProvider.CLIENT_SECRET);
        body.put("emailClaim", "email");
        body.put("passwordsAllowed", passwordsAllowed);
        body.put("domains", List.of(o.domain()));
        return body;
    }

    private static Map<String, Object> email(String email) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", email);
        return claims;
    }

    private static String code(String location) {
        assertTrue(location.startsWith("/login/sso#kode="), "ends with a one-time code: " + location);
        return location.substring("/login/sso#kode=".length());
    }

    @Test
    void aLeaderSignsInThroughTheProviderAndGetsPejlingsOwnTokenWithPejlingsRoles() {
        Map<String, Object> claims = email(o.mail("LENE"));
        claims.put("groups", List.of("admin", "hr"));
        claims.put("roles", List.of("admin"));
        provider.nextLogin("lene-sub", claims, 3600);
        OidcProvider.Outcome outcome = provider.signIn(slug);
        String code = code(outcome.location());
        String token = given().contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/auth/sso/exchange").then().statusCode(200)
                .body("user.email", equalTo(o.mail("lene")))
                .extract().path("token");
        given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("roles", equalTo(List.of("leader")))
                .body("name", equalTo("Lene Leder"));
        given().auth().oauth2(token).get("/api/org/units").then().statusCode(403);
        // The code works once.
        given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/auth/sso/exchange").then()
                .statusCode(400).body("type", equalTo("urn:pejling:problem:invalid-link"));
        // A replay of the provider's answer (the same code and state, with the cookies the browser had) fails.
        String replay = provider.replay(outcome);
        assertFalse(replay.contains("kode="), "a replayed state logs nobody in: " + replay);
        given().auth().oauth2(o.token()).get("/api/audit").then().statusCode(200)
                .body("find { it.action == 'login' && it.detail == 'sso' }.actor", equalTo("Lene Leder"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        Map<String, Object> claims = email(o.mail("lene"));
        claims.put("iss", "https://evil.example/kommune");
        provider.nextLogin("lene-sub", claims, 3600);
        assertEquals("/login?sso=fejl", provider.signIn(slug).location());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        Map<String, Object> claims = email(o.mail("lene"));
        claims.put("aud", "en-anden-klient");
        provider.nextLogin("lene-sub", claims, 3600);
        assertEquals("/login?sso=fejl", provider.signIn(slug).location());
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        provider.nextLogin("lene-sub", email(o.mail("lene")), -600);
        assertEquals("/login?sso=fejl", provider.signIn(slug).location());
    }

    @Test
    void aPersonOfAnotherOrganisationIsRefusedAndNothingIsCreated() {
        provider.nextLogin("hr-sub", email("hr@demo.pejling.dk"), 3600);
        assertEquals("/login?sso=anden-organisation", provider.signIn(slug).location());
        provider.nextLogin("x-sub", email("ukendt@" + o.domain()), 3600);
        assertEquals("/login?sso=ukendt-bruger", provider.signIn(slug).location());
        provider.nextLogin("per-sub", email(o.mail("per")), 3600);
        assertEquals("/login?sso=ukendt-bruger", provider.signIn(slug).location(), "an employee has no login");
        given().auth().oauth2(o.token()).get("/api/accounts").then().body("size()", equalTo(2));
        given().auth().oauth2(o.token()).get("/api/audit").then()
                .body("findAll { it.action == 'sso.refused' }.detail", org.hamcrest.Matchers.hasItems(
                        "other-organisation", "unknown"));
    }

    @Test
    void aDeactivatedPersonIsRefused() {
        given().auth().oauth2(o.token()).contentType("text/csv").queryParam("mode", "apply")
                .body((HEADER + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/org/import").then().statusCode(200);
        provider.nextLogin("lene-sub", email(o.mail("lene")), 3600);
        assertEquals("/login?sso=deaktiveret", provider.signIn(slug).location());
    }

    @Test
    void theLoginPageFindsTheOrganisationBySlugOrDomainAndPasswordsCanBeSwitchedOff() {
        given().queryParam("email", "lene@" + o.domain().toUpperCase()).get("/api/auth/sso/discover").then()
                .statusCode(200).body("slug", equalTo(slug))
                .body("loginUrl", equalTo("/api/auth/sso/" + slug + "/login"));
        given().queryParam("slug", slug).get("/api/auth/sso/discover").then().statusCode(200);
        given().queryParam("email", "x@demo.pejling.dk").get("/api/auth/sso/discover").then().statusCode(404);
        assertEquals("/login?sso=ukendt", given().redirects().follow(false).get("/api/auth/sso/ingen-saadan/login")
                .header("Location").replaceAll("^https?://[^/]+", ""));
        // Single sign-on only: Hanne's password no longer logs her in; welcome mails stop.
        given().auth().oauth2(o.token()).contentType(ContentType.JSON).body(settings(false))
                .put("/api/auth/sso-settings").then().statusCode(200).body("passwordsAllowed", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("email", o.hrEmail(), "password", Tokens.DEMO_PASSWORD))
                .post("/api/auth/login").then().statusCode(401);
        // The secret is kept when left out, and never shown; a domain belongs to one organisation only.
        Map<String, Object> withoutSecret = settings(true);
        withoutSecret.remove("clientSecret");
        given().auth().oauth2(o.token()).contentType(ContentType.JSON).body(withoutSecret)
                .put("/api/auth/sso-settings").then().statusCode(200).body("clientSecretSet", equalTo(true));
        String other = fixtures.organisation(EnumSet.of(Role.hr, Role.admin)).token();
        Map<String, Object> stolen = settings(true);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(stolen).put("/api/auth/sso-settings").then()
                .statusCode(409);
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk")).get("/api/auth/sso-settings").then()
                .statusCode(403);
    }

    @Test
    void anOrganisationWithSingleSignOnOnlySendsNoWelcomeMailOnImport() {
        given().auth().oauth2(o.token()).contentType(ContentType.JSON).body(settings(false))
                .put("/api/auth/sso-settings").then().statusCode(200).body("passwordsAllowed", equalTo(false));
        importWith("Rådhuset;;Nina Ny;" + o.mail("nina") + ";;leader\n");
        PasswordMails.flush(mails);
        given().auth().oauth2(o.token()).get("/api/accounts").then().statusCode(200)
                .body("find { it.email == '" + o.mail("nina") + "' }.active", equalTo(true));
        assertEquals(0, PasswordMails.count(greenMail, o.mail("nina")), "a login that signs in through the provider");

        // With passwords allowed again, the next new login is welcomed: the mail above was left out, not lost.
        given().auth().oauth2(o.token()).contentType(ContentType.JSON).body(settings(true))
                .put("/api/auth/sso-settings").then().statusCode(200);
        importWith("Rådhuset;;Nina Ny;" + o.mail("nina") + ";;leader\n"
                + "Rådhuset;;Ole Ny;" + o.mail("ole") + ";;leader\n");
        PasswordMails.token(greenMail, mails, o.mail("ole"));
        assertEquals(1, PasswordMails.count(greenMail, o.mail("ole")));
    }

    private void importWith(String rows) {
        given().auth().oauth2(o.token()).contentType("text/csv").queryParam("mode", "apply")
                .body((HEADER + "Rådhuset;;Hanne Holm;" + o.hrEmail() + ";;hr admin\n"
                        + "Rådhuset;;Lene Leder;" + o.mail("lene") + ";;leader\n"
                        + "Rådhuset;;Per Ansat;" + o.mail("per") + ";" + o.mail("lene") + ";\n" + rows)
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/org/import").then().statusCode(200);
    }

    @Test
    void theClientSecretIsStoredEncrypted() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select client_secret_enc, s::text from sso_config s where organisation_id = ?")) {
            statement.setObject(1, o.id());
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "the organisation's settings are stored");
                String stored = rows.getString(1);
                assertTrue(stored != null && stored.length() > OidcProvider.CLIENT_SECRET.length(), stored);
                assertFalse(rows.getString(2).contains(OidcProvider.CLIENT_SECRET), "no column holds the secret");
                String reversed = new StringBuilder(OidcProvider.CLIENT_SECRET).reverse().toString();
                assertFalse(rows.getString(2).contains(reversed));
                assertFalse(rows.getString(2).contains(java.util.Base64.getEncoder().encodeToString(
                        OidcProvider.CLIENT_SECRET.getBytes(StandardCharsets.UTF_8)).replace("=", "")),
                        "not merely encoded");
            }
        }
    }

    @Test
    void theRedirectToTheProviderCarriesPkceWithS256ANonceAndAState() {
        String location = authorize();
        assertTrue(location.startsWith(provider.issuer()), location);
        Map<String, String> query = query(location);
        assertEquals("S256", query.get("code_challenge_method"), location);
        assertTrue(query.getOrDefault("code_challenge", "").matches("[A-Za-z0-9_-]{43}"), location);
        assertTrue(query.getOrDefault("nonce", "").length() >= 16, location);
        assertTrue(query.getOrDefault("state", "").length() >= 16, location);
        assertEquals("code", query.get("response_type"));
        assertEquals(OidcProvider.CLIENT_ID, query.get("client_id"));
        // A fresh state, nonce and challenge for every attempt.
        Map<String, String> again = query(authorize());
        for (String name : List.of("state", "nonce", "code_challenge")) {
            assertFalse(query.get(name).equals(again.get(name)), name + " is reused");
        }
    }

    /** Follows Pejling's own redirects (with the cookies they set) to the first one that leaves for the provider. */
    private String authorize() {
        Map<String, String> cookies = new HashMap<>();
        String url = "/api/auth/sso/" + slug + "/login";
        for (int hop = 0; hop < 5; hop++) {
            io.restassured.response.Response response = given().urlEncodingEnabled(false).redirects().follow(false)
                    .cookies(cookies).get(url.startsWith("http") ? pathOf(url) : url);
            assertTrue(response.statusCode() >= 300 && response.statusCode() < 400,
                    url + " -> " + response.statusCode());
            response.getDetailedCookies().asList().forEach(c -> cookies.put(c.getName(), c.getValue()));
            url = response.header("Location");
            if (url.startsWith(provider.issuer())) {
                return url;
            }
        }
        throw new AssertionError("no redirect to the provider, last: " + url);
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Map<String, String> query(String location) {
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}
