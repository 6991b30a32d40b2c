package dk.pejling.testing;

import dk.pejling.common.RateLimiter;
import java.util.List;

/**
 * Every test calls from the loopback address, so a test that floods the open operations (the fuzz run, the authorization
 * matrix) spends the per-client limits of all the tests after it in the same application. It gives them back.
 */
public final class ClientLimits {

    private static final List<String> LIMITS = List.of("login-client", "password-reset-client", "export", "survey");
    private static final List<String> LOOPBACK = List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    private ClientLimits() {
    }

    public static void reset(RateLimiter limiter) {
        for (String name : LIMITS) {
            for (String client : LOOPBACK) {
                limiter.reset(limiter.limit(name), client);
            }
        }
    }
}
