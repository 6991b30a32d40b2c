package dk.pejling.reports;

import dk.pejling.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits report and overview exports per person (S8, API4): rendering a PDF or a spreadsheet is the heaviest thing
 * the API does, and nobody needs more than a few a minute. Counts live in memory, per instance.
 */
@ApplicationScoped
public class ExportThrottle {

    static final int MAX_EXPORTS = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<UUID, Deque<Instant>> exports = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Counts an export by this person, or refuses it with 429 and the seconds until the next is allowed. */
    public void acquire(UUID personId) {
        Instant now = clock.instant();
        if (exports.size() > 10_000) {
            exports.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(now.minus(WINDOW));
                }
            });
        }
        Deque<Instant> times = exports.computeIfAbsent(personId, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.removeFirst();
            }
            if (times.size() >= MAX_EXPORTS) {
                long seconds = Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds() + 1;
                throw ProblemException.tooManyRequests("At most " + MAX_EXPORTS + " exports per "
                        + WINDOW.toMinutes() + " minutes; try again in " + seconds + " seconds.", seconds);
            }
            times.addLast(now);
        }
    }
}
