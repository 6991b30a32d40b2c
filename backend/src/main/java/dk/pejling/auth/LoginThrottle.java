package dk.pejling.auth;

import dk.pejling.common.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing: after too many failed logins for one e-mail, or from one client, further attempts
 * are refused for a while, before any password is checked. The counts are the shared {@link RateLimiter}'s, so
 * they hold across replicas; the client is the real one behind a trusted proxy (see ClientAddress).
 */
@ApplicationScoped
public class LoginThrottle {

    static final String ACCOUNT = "login-account";
    static final String CLIENT = "login-client";

    private final RateLimiter limiter;

    LoginThrottle(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** How long to wait before trying again, if the e-mail or the client is locked out now. */
    public Optional<Duration> retryAfter(String email, String client) {
        return retryAfter(email, client, Instant.now());
    }

    Optional<Duration> retryAfter(String email, String client, Instant now) {
        return max(limiter.check(limiter.limit(ACCOUNT), account(email), now),
                limiter.check(limiter.limit(CLIENT), client, now));
    }

    public void failed(String email, String client) {
        failed(email, client, Instant.now());
    }

    void failed(String email, String client, Instant now) {
        limiter.hit(limiter.limit(ACCOUNT), account(email), now);
        limiter.hit(limiter.limit(CLIENT), client, now);
    }

    public void succeeded(String email) {
        limiter.reset(limiter.limit(ACCOUNT), account(email));
    }

    private static Optional<Duration> max(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    static String account(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
