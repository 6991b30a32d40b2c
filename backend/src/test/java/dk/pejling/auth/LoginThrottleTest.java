package dk.pejling.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Password guessing is cut off per e-mail and per client, before the password is even checked. */
@QuarkusTest
class LoginThrottleTest {

    private static final int MAX_PER_ACCOUNT = 5;

    @Inject
    LoginThrottle throttle;

    private static void attempt(String email, String password, int status) {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/auth/login").then().statusCode(status);
    }

    @Test
    void theSixthFailureInAWindowIsRefusedWithRetryAfter() {
        String email = "gaetter@demo.pejling.dk";
        for (int i = 0; i < MAX_PER_ACCOUNT; i++) {
            attempt(email, "forkert" + i, 401);
        }
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"forkert\"}")
                .when().post("/api/auth/login")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:pejling:problem:too-many-requests"));
    }

    @Test
    void anAccountUnlocksWhenItsFailuresLeaveTheWindow() {
        String email = "laas-" + UUID.randomUUID() + "@demo.pejling.dk";
        // At the start of a 15-minute window, so that the whole burst lies in one window.
        Instant start = Instant.parse("2026-11-27T08:00:00Z");
        for (int i = 0; i < MAX_PER_ACCOUNT; i++) {
            throttle.failed(email, "10.0.0." + i, start.plusSeconds(10L * i));
        }
        Instant now = start.plusSeconds(60);
        Duration wait = throttle.retryAfter(email.toUpperCase(), "10.0.0.9", now).orElseThrow();
        assertTrue(wait.compareTo(Duration.ofMinutes(14)) > 0 && wait.compareTo(Duration.ofMinutes(30)) <= 0,
                "locked until the burst has faded from the sliding window: " + wait);
        assertTrue(throttle.retryAfter(email, "10.0.0.9", now.plus(wait).minusSeconds(30)).isPresent(),
                "still locked just before the time it named");
        assertTrue(throttle.retryAfter(email, "10.0.0.9", now.plus(wait)).isEmpty(), "free at the time it named");
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        String email = "ryd-" + UUID.randomUUID() + "@demo.pejling.dk";
        Instant now = Instant.parse("2026-11-27T09:00:00Z");
        for (int i = 0; i < MAX_PER_ACCOUNT - 1; i++) {
            throttle.failed(email, "10.0.1.1", now);
        }
        throttle.succeeded(email);
        throttle.failed(email, "10.0.1.1", now);
        assertTrue(throttle.retryAfter(email, "10.0.1.1", now).isEmpty());
    }

    @Test
    void failuresFromOneClientLockThatClientForEveryAccount() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        String client = "10.0.2." + (int) (Math.random() * 200);
        for (int i = 0; i < 100; i++) {
            throttle.failed("ukendt-" + i + "-" + UUID.randomUUID() + "@demo.pejling.dk", client, now);
        }
        assertTrue(throttle.retryAfter("leder@demo.pejling.dk", client, now).isPresent());
        assertEquals(java.util.Optional.empty(), throttle.retryAfter("leder@demo.pejling.dk", "10.0.3.1", now));
    }
}
