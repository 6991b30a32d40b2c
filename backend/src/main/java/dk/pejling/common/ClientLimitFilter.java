package dk.pejling.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Applies {@link LimitedPerClient} to the resources that carry it. Runs where the resource runs (a worker thread). */
public class ClientLimitFilter {

    private final RateLimiter limiter;

    ClientLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public void limit(ResourceInfo resource, HttpServerRequest request) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        LimitedPerClient limited = type == null ? null : type.getAnnotation(LimitedPerClient.class);
        if (limited != null) {
            limiter.acquire(limiter.limit(limited.value()), ClientAddress.of(request));
        }
    }
}
