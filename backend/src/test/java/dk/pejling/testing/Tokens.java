package dk.pejling.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Real signed tokens for tests: logged in through the API, or built by hand to test what the server rejects. */
public final class Tokens {

    public static final String ISSUER = "pejling";
    public static final String AUDIENCE = "pejling-api";
    public static final String DEMO_PASSWORD = "demo1234";

    private Tokens() {
    }

    /** Logs in through {@code POST /api/auth/login} and returns the token. */
    public static String login(String email) {
        return given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                .when().post("/api/auth/login")
                .then().statusCode(200)
                .extract().path("token");
    }

    /** Claims as Pejling issues them, for a person of an organisation, valid for an hour. */
    public static JwtClaimsBuilder claims(UUID personId, UUID organisationId, Set<String> roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(personId.toString())
                .groups(roles)
                .claim("org", organisationId.toString())
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(3600));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().sign(TestKeys.serverTrusted());
    }
}
