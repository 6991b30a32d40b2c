package dk.pejling.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Limits per real client behind a trusted reverse proxy (here the test itself, on 127.0.0.1, is the proxy): the
 * forwarded address is the client, so one client's flood locks out that client and nobody else behind the proxy.
 */
@QuarkusTest
@TestProfile(ClientLimitsTest.BehindTrustedProxy.class)
class ClientLimitsTest {

    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "pejling.limits.survey.max", "3",
                    "pejling.limits.login-client.max", "4",
                    "pejling.demo", "false");
        }
    }

    private static io.restassured.response.Response survey(String client, String token) {
        return given().header("X-Forwarded-For", client).header("X-Survey-Token", token).get("/api/survey");
    }

    @Test
    void theSurveyIsLimitedPerForwardedClientWith429AndRetryAfter() {
        String client = "203.0.113.7";
        for (int i = 0; i < 3; i++) {
            survey(client, "ukendt-" + i).then().statusCode(404);
        }
        survey(client, "ukendt-4").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:pejling:problem:too-many-requests"));
        // Every survey endpoint shares the client's count, whatever the token: refused before it is looked at.
        given().header("X-Forwarded-For", client).header("X-Survey-Token", "x").contentType(ContentType.JSON)
                .body("{\"answers\":[]}").post("/api/survey/submit").then().statusCode(429);
        // Another client behind the same proxy is not affected.
        survey("203.0.113.8", "ukendt").then().statusCode(404);
    }

    @Test
    void failedLoginsLockTheRealClientNotTheProxy() {
        String client = "198.51.100.20";
        for (int i = 0; i < 4; i++) {
            login(client, "ukendt-" + UUID.randomUUID() + "@kommune.dk").then().statusCode(401);
        }
        login(client, "ukendt-" + UUID.randomUUID() + "@kommune.dk").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        login("198.51.100.21", "ukendt-" + UUID.randomUUID() + "@kommune.dk").then().statusCode(401);
    }

    static io.restassured.response.Response login(String client, String email) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"forkert-adgangskode\"}")
                .post("/api/auth/login");
    }
}
