package dk.pejling.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Request limits that hold across replicas: the counts live in PostgreSQL ({@code rate_limit}), one row per key and
 * window, changed by one upsert, so N replicas allow what one does. The count is a sliding window approximated from
 * two fixed windows: the current one plus the previous one weighted by how much of it still overlaps, which never
 * lets a burst at a window's edge double the limit. Keys are HMACs of what is limited (an e-mail, a client address),
 * so the table holds neither. Each call runs in a transaction of its own: a count survives the rollback of the
 * request that made it.
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
    private final PejlingConfig config;
    private final byte[] keySecret;

    RateLimiter(EntityManager em, PejlingConfig config) {
        this.em = em;
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

    /** Counts a request when it is within the limit (empty), or tells how long to wait (counted nothing). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> tryAcquire(Limit limit, String subject, Instant now) {
        String key = key(limit, subject);
        Instant start = windowStart(limit, now);
        double weight = previousWeight(limit, now, start);
        @SuppressWarnings("unchecked")
        List<Object> counted = em.createNativeQuery("""
                with prev as (
                    select coalesce((select hits from rate_limit where key = :key and window_start = :prev), 0) as hits
                )
                insert into rate_limit as r (key, window_start, hits, expires_at)
                select :key, :start, 1, :expires from prev where prev.hits * :weight + 1 <= :max
                on conflict (key, window_start) do update set hits = r.hits + 1
                    where r.hits + 1 + (select hits from prev) * :weight <= :max
                returning hits
                """)
                .setParameter("key", key)
                .setParameter("prev", Timestamp.from(start.minus(limit.window())))
                .setParameter("start", Timestamp.from(start))
                .setParameter("expires", Timestamp.from(start.plus(limit.window().multipliedBy(2))))
                .setParameter("weight", weight)
                .setParameter("max", limit.max())
                .getResultList();
        if (!counted.isEmpty()) {
            return Optional.empty();
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
        em.createNativeQuery("delete from rate_limit where key = :key")
                .setParameter("key", key(limit, subject)).executeUpdate();
    }

    /** Removes the rows no window can need any more; any replica may do it, twice does no harm. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void prune() {
        em.createNativeQuery("delete from rate_limit where expires_at < now()").executeUpdate();
    }

    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private Counts counts(String key, Limit limit, Instant start) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select window_start, hits from rate_limit where key = :key and window_start in (:start, :prev)
                """, Object[].class)
                .setParameter("key", key)
                .setParameter("start", Timestamp.from(start))
                .setParameter("prev", Timestamp.from(start.minus(limit.window())))
                .getResultList();
        long current = 0;
        long previous = 0;
        for (Object[] row : rows) {
            Instant windowStart = instant(row[0]);
            long hits = ((Number) row[1]).longValue();
            if (windowStart.equals(start)) {
                current = hits;
            } else {
                previous = hits;
            }
        }
        return new Counts(current, previous);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
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
