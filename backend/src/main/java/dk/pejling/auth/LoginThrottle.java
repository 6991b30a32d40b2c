package dk.pejling.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing (S2): after too many failed logins for one e-mail, or from one client, further
 * attempts are refused for a while, before any password is checked. Counts live in memory, per instance.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_CLIENT = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long to wait before trying again, if the e-mail or the client is locked out now. */
    public Optional<Duration> retryAfter(String email, String client) {
        Instant now = clock.instant();
        return max(wait(accountKey(email), MAX_FAILURES_PER_ACCOUNT, now), wait(clientKey(client), MAX_FAILURES_PER_CLIENT, now));
    }

    public void failed(String email, String client) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.entrySet().removeIf(e -> expired(e.getValue(), now));
        }
        record(accountKey(email), now);
        record(clientKey(client), now);
    }

    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private Optional<Duration> wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            // Free again when enough of the failures have left the window.
            Instant freed = times.stream().skip(times.size() - max).findFirst().orElseThrow().plus(WINDOW);
            return Optional.of(Duration.between(now, freed));
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }

    private static boolean expired(Deque<Instant> times, Instant now) {
        synchronized (times) {
            prune(times, now);
            return times.isEmpty();
        }
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

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
