package dk.pejling.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dk.pejling.testing.TestKeys;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad token is a 401 problem, and a good token with the wrong role a 403 (S1, STYLE 10). */
@QuarkusTest
class TokenSecurityTest {

    private UUID leaderId;
    private UUID organisationId;

    @BeforeEach
    void identifyTheDemoLeader() {
        JsonPath login = given().contentType(ContentType.JSON)
                .body("{\"email\":\"leder@demo.pejling.dk\",\"password\":\"demo1234\"}")
                .when().post("/api/auth/login").then().statusCode(200).extract().jsonPath();
        leaderId = UUID.fromString(login.getString("user.id"));
        organisationId = UUID.fromString(login.getString("user.organisation.id"));
    }

    private String validLeaderToken() {
        return Tokens.sign(Tokens.claims(leaderId, organisationId, Set.of("leader")));
    }

    private static void rejected(String token) {
        given().auth().oauth2(token)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:pejling:problem:unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void aHandSignedTokenWithTheServerKeyIsAccepted() {
        given().auth().oauth2(validLeaderToken())
                .when().get("/api/me")
                .then().statusCode(200).body("id", equalTo(leaderId.toString()));
    }

    @Test
    void noTokenIsRejected() {
        given().when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void garbageIsRejected() {
        rejected("not-a-token");
    }

    @Test
    void anExpiredTokenIsRejected() {
        rejected(Tokens.sign(Tokens.claims(leaderId, organisationId, Set.of("leader"))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))));
    }

    @Test
    void aTokenNotYetValidIsRejected() {
        rejected(Tokens.sign(Tokens.claims(leaderId, organisationId, Set.of("leader"))
                .claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())));
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        rejected(Tokens.sign(Tokens.claims(leaderId, organisationId, Set.of("leader")).issuer("https://evil.example")));
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        rejected(Tokens.sign(Tokens.claims(leaderId, organisationId, Set.of("leader")).audience("another-api")));
    }

    @Test
    void aTamperedTokenIsRejected() {
        String[] parts = validLeaderToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"leader\"", "\"admin\",\"hr\"");
        rejected(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = validLeaderToken().split("\\.")[1];
        rejected(header + "." + payload + ".");
    }

    @Test
    void aTokenSignedWithAKeyTheServerDoesNotKnowIsRejected() {
        KeyPair stranger = TestKeys.generate();
        rejected(Tokens.claims(leaderId, organisationId, Set.of("leader")).jws().sign(stranger.getPrivate()));
    }

    @Test
    void aTokenThatBringsItsOwnKeyIsRejected() {
        KeyPair stranger = TestKeys.generate();
        RSAPublicKey publicKey = (RSAPublicKey) stranger.getPublic();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        Map<String, Object> jwk = Map.of("kty", "RSA",
                "n", b64.encodeToString(publicKey.getModulus().toByteArray()),
                "e", b64.encodeToString(publicKey.getPublicExponent().toByteArray()));
        rejected(Tokens.claims(leaderId, organisationId, Set.of("leader")).jws()
                .header("jwk", jwk).header("jku", "https://evil.example/keys")
                .sign(stranger.getPrivate()));
    }

    @Test
    void aTokenSignedWithAnHmacSecretIsRejected() {
        rejected(Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject(leaderId.toString())
                .groups(Set.of("leader")).claim("org", organisationId.toString())
                .expiresAt(Instant.now().plusSeconds(600))
                .signWithSecret("a-shared-secret-that-is-long-enough-for-hs256-0123456789"));
    }

    @Test
    void aValidTokenWithoutTheRoleIsForbidden() {
        given().auth().oauth2(validLeaderToken())
                .when().get("/api/org/units")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:forbidden"));
    }

    @Test
    void hrMayListTheUnits() {
        given().auth().oauth2(Tokens.login("hr@demo.pejling.dk"))
                .when().get("/api/org/units")
                .then().statusCode(200)
                .body("[0].name", equalTo("Direktionen"))
                .body("[0].parentId", equalTo(null));
    }

    @Test
    void aTokenForAPersonOfNoOrganisationIsRejected() {
        rejected(Tokens.sign(Tokens.claims(UUID.randomUUID(), UUID.randomUUID(), Set.of("leader"))));
    }

    @Test
    void theOrganisationClaimCannotBeSwappedToReachAnotherTenant() {
        given().auth().oauth2(Tokens.sign(Tokens.claims(leaderId, UUID.randomUUID(), Set.of("leader"))))
                .when().get("/api/me")
                .then().statusCode(401)
                .body(not(containsString("Lars")));
    }
}
