package dk.pejling.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password guessing is cut off per e-mail (S2), before the password is even checked. */
@QuarkusTest
class LoginThrottleTest {

    private static void attempt(String email, String password, int status) {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/auth/login").then().statusCode(status);
    }

    @Test
    void theSixthFailureInAWindowIsRefusedWithRetryAfter() {
        String email = "gaetter@demo.pejling.dk";
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            attempt(email, "forkert" + i, 401);
        }
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"forkert\"}")
                .when().post("/api/auth/login")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:pejling:problem:too-many-requests"));
    }

    @Test
    void anAccountUnlocksWhenItsFailuresLeaveTheWindow() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            throttle.failed("leder@demo.pejling.dk", "10.0.0." + i);
            clock.now = clock.now.plusSeconds(60);
        }
        Duration wait = throttle.retryAfter("LEDER@demo.pejling.dk", "10.0.0.9").orElseThrow();
        assertEquals(LoginThrottle.WINDOW.minusMinutes(5), wait);
        clock.now = clock.now.plus(wait);
        assertTrue(throttle.retryAfter("leder@demo.pejling.dk", "10.0.0.9").isEmpty());
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.failed("chef@demo.pejling.dk", "10.0.0.1");
        }
        throttle.succeeded("chef@demo.pejling.dk");
        throttle.failed("chef@demo.pejling.dk", "10.0.0.1");
        assertTrue(throttle.retryAfter("chef@demo.pejling.dk", "10.0.0.1").isEmpty());
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
