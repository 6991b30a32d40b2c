package dk.pejling.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Request limits that hold across replicas: the counts live in PostgreSQL ({@code rate_limit}), one row per key and
 * window, changed by one upsert, so N replicas allow what one does. The count is a sliding window approximated from
 * two fixed windows: the current one plus the previous one weighted by how much of it still overlaps, which never
 * lets a burst at a window's edge double the limit. Keys are HMACs of what is limited (an e-mail, a client address),
 * so the table holds neither. Each call runs in a transaction of its own: a count survives the rollback of the
 * request that made it.
 *
 * <p>Counts are committed without waiting for the write-ahead log to reach the disk ({@code synchronous_commit = off}
 * for these transactions only). Every request of one client address updates the same row, so each would otherwise
 * hold that row's lock for a disk flush and the requests of a whole workplace behind one address would queue behind
 * each other's flushes (docs/performance.md, "Survey submissions"). A crash of the database can forget the last
 * fraction of a second of counts, which lets a few requests more through; nothing else is committed this way.
 */
@ApplicationScoped
public class RateLimiter {

    /** A named limit: at most {@code max} requests per {@code window} for one subject. */
    public record Limit(String name, int max, Duration window) {

        public Limit {
            if (max < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A limit needs max >= 1 and a positive window");
            }
        }
    }

    /** The two windows that matter now, as counted. */
    private record Counts(long current, long previous) {
    }

    private final EntityManager em;
    private final DataSource dataSource;
    private final PejlingConfig config;
    private final byte[] keySecret;

    RateLimiter(EntityManager em, DataSource dataSource, PejlingConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.config = config;
        this.keySecret = Secrets.derive(config.auth().secret(), "rate-limit-keys");
    }

    /** The configured limit of this name ({@code pejling.limits.<name>.max} and {@code .window}). */
    public Limit limit(String name) {
        PejlingConfig.LimitSetting setting = config.limits().get(name);
        if (setting == null) {
            throw new IllegalStateException("No limit pejling.limits." + name + " is configured");
        }
        return new Limit(name, setting.max(), setting.window());
    }

    /** Counts a request; when it is over the limit, refuses it with 429 and Retry-After (and does not count it). */
    public void acquire(Limit limit, String subject) {
        Optional<Duration> wait = tryAcquire(limit, subject, Instant.now());
        if (wait.isPresent()) {
            long seconds = seconds(wait.get());
            throw ProblemException.tooManyRequests("Too many requests; try again in " + seconds + " seconds.",
                    seconds);
        }
    }

    /**
     * Counts a request when it is within the limit (empty), or tells how long to wait (counted nothing). One statement
     * on a connection of its own, outside any transaction of the caller's, committed at once without waiting for the
     * disk: this runs before every survey request.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Duration> tryAcquire(Limit limit, String subject, Instant now) {
        String key = key(limit, subject);
        Instant start = windowStart(limit, now);
        double weight = previousWeight(limit, now, start);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                with no_flush as materialized (select set_config('synchronous_commit', 'off', true)),
                prev as (
                    select coalesce((select hits from rate_limit where key = ? and window_start = ?), 0) as hits
                )
                insert into rate_limit as r (key, window_start, hits, expires_at)
                select ?, ?, 1, ? from prev, no_flush where prev.hits * ? + 1 <= ?
                on conflict (key, window_start) do update set hits = r.hits + 1
                    where r.hits + 1 + (select hits from prev) * ? <= ?
                returning hits
                """)) {
            s.setString(1, key);
            s.setTimestamp(2, Timestamp.from(start.minus(limit.window())));
            s.setString(3, key);
            s.setTimestamp(4, Timestamp.from(start));
            s.setTimestamp(5, Timestamp.from(start.plus(limit.window().multipliedBy(2))));
            s.setDouble(6, weight);
            s.setInt(7, limit.max());
            s.setDouble(8, weight);
            s.setInt(9, limit.max());
            try (ResultSet counted = s.executeQuery()) {
                if (counted.next()) {
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a request against its limit", e);
        }
        return Optional.of(wait(limit, counts(key, limit, start), now, start));
    }

    /** How long to wait when one more request would be over the limit now; counts nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> check(Limit limit, String subject, Instant now) {
        Instant start = windowStart(limit, now);
        Counts counts = counts(key(limit, subject), limit, start);
        if (counts.current() + counts.previous() * previousWeight(limit, now, start) + 1 <= limit.max()) {
            return Optional.empty();
        }
        return Optional.of(wait(limit, counts, now, start));
    }

    /** Counts a request whatever the count is (a failed login: counted after the fact). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hit(Limit limit, String subject, Instant now) {
        withoutFlush();
        Instant start = windowStart(limit, now);
        em.createNativeQuery("""
                insert into rate_limit as r (key, window_start, hits, expires_at) values (:key, :start, 1, :expires)
                on conflict (key, window_start) do update set hits = r.hits + 1
                """)
                .setParameter("key", key(limit, subject))
                .setParameter("start", Timestamp.from(start))
                .setParameter("expires", Timestamp.from(start.plus(limit.window().multipliedBy(2))))
                .executeUpdate();
    }

    /** Forgets a subject's count (a successful login clears the account's failures). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reset(Limit limit, String subject) {
        withoutFlush();
        em.createNativeQuery("delete from rate_limit where key = :key")
                .setParameter("key", key(limit, subject)).executeUpdate();
    }

    /** Removes the rows no window can need any more; any replica may do it, twice does no harm. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void prune() {
        em.createNativeQuery("delete from rate_limit where expires_at < now()").executeUpdate();
    }

    /** This transaction's commit does not wait for the disk: a lost count costs nothing (see the class comment). */
    private void withoutFlush() {
        em.createNativeQuery("select set_config('synchronous_commit', 'off', true)").getSingleResult();
    }

    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private Counts counts(String key, Limit limit, Instant start) {
        long current = 0;
        long previous = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select window_start, hits from rate_limit where key = ? and window_start in (?, ?)")) {
            s.setString(1, key);
            s.setTimestamp(2, Timestamp.from(start));
            s.setTimestamp(3, Timestamp.from(start.minus(limit.window())));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    if (rows.getTimestamp(1).toInstant().equals(start)) {
                        current = rows.getLong(2);
                    } else {
                        previous = rows.getLong(2);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a limit's counts", e);
        }
        return new Counts(current, previous);
    }

    /**
     * When one more request fits again, if nobody asks before then: while the previous window's weight fades, or in
     * the next window, when this window's count (then the previous one) has faded enough.
     */
    static Duration wait(Limit limit, Counts counts, Instant now, Instant start) {
        long windowMillis = limit.window().toMillis();
        double elapsed = (double) Duration.between(start, now).toMillis() / windowMillis;
        double room = limit.max() - 1 - counts.current();
        double fraction;
        if (room >= 0 && counts.previous() > 0) {
            fraction = 1 - room / counts.previous();
        } else {
            fraction = 1 + (1 - (limit.max() - 1.0) / Math.max(1, counts.current()));
        }
        long millis = (long) Math.ceil((fraction - elapsed) * windowMillis);
        return Duration.ofMillis(Math.max(1000, millis));
    }

    static Duration wait(Limit limit, long current, long previous, Instant now, Instant start) {
        return wait(limit, new Counts(current, previous), now, start);
    }

    static Instant windowStart(Limit limit, Instant now) {
        long window = limit.window().toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), window) * window);
    }

    private static double previousWeight(Limit limit, Instant now, Instant start) {
        return 1 - (double) Duration.between(start, now).toMillis() / limit.window().toMillis();
    }

    private String key(Limit limit, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keySecret, "HmacSHA256"));
            byte[] digest = mac.doFinal((limit.name() + "\n" + (subject == null ? "" : subject))
                    .getBytes(StandardCharsets.UTF_8));
            return limit.name() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
