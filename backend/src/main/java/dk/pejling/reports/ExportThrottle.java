package dk.pejling.reports;

import dk.pejling.common.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Limits report and overview exports per person: rendering a PDF or a spreadsheet is the heaviest thing the API
 * does, and nobody needs more than a few a minute. The counts are the shared {@link RateLimiter}'s (limit
 * {@code export}), so they hold across replicas.
 */
@ApplicationScoped
public class ExportThrottle {

    private final RateLimiter limiter;

    ExportThrottle(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Counts an export by this person, or refuses it with 429 and the seconds until the next is allowed. */
    public void acquire(UUID personId) {
        limiter.acquire(limiter.limit("export"), personId.toString());
    }
}
