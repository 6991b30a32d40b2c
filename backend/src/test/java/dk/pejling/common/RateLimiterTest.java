package dk.pejling.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The shared limiter: its state is rows in PostgreSQL, counted by one upsert, so concurrent requests (as from
 * several replicas, each with its own connection) never let more through than the limit, and a window's edge does
 * not double it.
 */
@QuarkusTest
class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");

    @Inject
    RateLimiter limiter;

    @Inject
    DataSource dataSource;

    private static RateLimiter.Limit limit(int max, Duration window) {
        return new RateLimiter.Limit("test-" + UUID.randomUUID().toString().substring(0, 8), max, window);
    }

    @Test
    void allowsMaxInAWindowThenRefusesWithAWait() {
        RateLimiter.Limit limit = limit(3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limiter.tryAcquire(limit, "a", T0.plusSeconds(i)));
        }
        Optional<Duration> wait = limiter.tryAcquire(limit, "a", T0.plusSeconds(5));
        assertTrue(wait.isPresent());
        assertTrue(wait.get().compareTo(Duration.ofSeconds(55)) >= 0, "the count fades only in the next window");
        assertEquals(Optional.empty(), limiter.tryAcquire(limit, "b", T0.plusSeconds(5)), "another subject is free");
        // A refused request is not counted: at the time named, one more fits.
        assertEquals(Optional.empty(), limiter.tryAcquire(limit, "a", T0.plusSeconds(5).plus(wait.get())));
    }

    @Test
    void aBurstAtTheEdgeOfAWindowStillCountsInTheNext() {
        RateLimiter.Limit limit = limit(10, Duration.ofMinutes(1));
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), limiter.tryAcquire(limit, "edge", T0.plusSeconds(59)));
        }
        // One second into the next window, the previous window still weighs 59/60: nothing more fits.
        assertTrue(limiter.tryAcquire(limit, "edge", T0.plusSeconds(61)).isPresent());
        // Half-way, half of it has faded: room for 5 more, not 10.
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            if (limiter.tryAcquire(limit, "edge", T0.plusSeconds(90)).isEmpty()) {
                allowed++;
            }
        }
        assertEquals(5, allowed);
    }

    @Test
    void concurrentRequestsOnSeparateConnectionsNeverExceedTheLimit() throws Exception {
        RateLimiter.Limit limit = limit(10, Duration.ofMinutes(5));
        Instant now = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(() -> limiter.tryAcquire(limit, "crowd", now).isEmpty());
            }
            int allowed = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                allowed += f.get() ? 1 : 0;
            }
            assertEquals(10, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStateIsSharedThroughTheDatabaseAndHoldsNoSubjectInClear() throws Exception {
        RateLimiter.Limit limit = limit(2, Duration.ofMinutes(1));
        String subject = "person@kommune.dk";
        limiter.hit(limit, subject, T0);
        limiter.hit(limit, subject, T0);
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select key, hits from rate_limit where key like '" + limit.name() + ":%'")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getInt("hits"));
            assertFalse(rs.getString("key").contains("kommune"), "the key is an HMAC, not the e-mail");
            assertFalse(rs.next());
        }
        // What another replica wrote (here: another connection, straight SQL) counts here too.
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("update rate_limit set hits = 0 where key like '" + limit.name() + ":%'");
        }
        assertEquals(Optional.empty(), limiter.check(limit, subject, T0.plusSeconds(1)));
    }

    @Test
    void expiredRowsArePruned() throws Exception {
        RateLimiter.Limit limit = limit(2, Duration.ofSeconds(1));
        limiter.hit(limit, "old", Instant.now().minus(Duration.ofHours(1)));
        limiter.prune();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from rate_limit where key like '" + limit.name() + ":%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void forwardingWithoutATrustedProxyRefusesToStart() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> TrustedProxies.check(true, List.of()));
        TrustedProxies.check(true, List.of("10.0.0.5"));
        TrustedProxies.check(false, List.of());
    }

}
