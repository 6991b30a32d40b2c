package dk.pejling.reports;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the rounds counted recently are read into memory (see {@link ResultsCache}), so that a load balancer
 * sends a new replica no report or overview that would wait seconds for it. If reading fails, the replica is ready
 * anyway and reads a round when it is first asked for.
 */
@Readiness
@ApplicationScoped
class ResultsReadiness implements HealthCheck {

    private final ResultsCache cache;

    ResultsReadiness(ResultsCache cache) {
        this.cache = cache;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("counted rounds read").status(cache.warmed()).build();
    }
}
