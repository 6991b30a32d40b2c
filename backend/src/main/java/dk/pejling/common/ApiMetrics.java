package dk.pejling.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Pejling's own metrics for operators, taken at the REST boundary so that no feature needs to know about them:
 * stored survey submissions, refusals by operation and problem type, and latency histograms of the report and
 * overview operations. Labels are the operation's template ({@code POST /api/survey/submit}) and the problem type's
 * slug, never a path with ids, a header or a body: no token, answer or person reaches a metric.
 */
@Singleton
public class ApiMetrics {

    private static final String STARTED = ApiMetrics.class.getName() + ".started";
    static final String SUBMIT = "POST /api/survey/submit";

    private final MeterRegistry registry;
    private final Counter submissions;
    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.submissions = Counter.builder("pejling.survey.submissions")
                .description("Survey submissions stored (answered 201)")
                .register(registry);
    }

    @ServerRequestFilter
    void started(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    void finished(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        String operation = request.getMethod() + " " + templates.computeIfAbsent(resource.getResourceMethod(),
                m -> template(resource.getResourceClass(), m));
        int status = response.getStatus();
        if (operation.equals(SUBMIT) && status == 201) {
            submissions.increment();
        }
        if (status >= 400 && response.getEntity() instanceof Problem problem) {
            Counter.builder("pejling.refusals")
                    .description("Requests answered with a problem, by operation and problem type")
                    .tag("operation", operation)
                    .tag("reason", problem.type().substring(problem.type().lastIndexOf(':') + 1))
                    .tag("status", String.valueOf(status))
                    .register(registry)
                    .increment();
        }
        String view = view(operation);
        if (view != null && request.getProperty(STARTED) instanceof Long started) {
            Timer.builder("pejling." + view + ".requests")
                    .description("Time to answer the " + view + " operations")
                    .tag("operation", operation)
                    .tag("status", String.valueOf(status))
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(5))
                    .maximumExpectedValue(Duration.ofSeconds(30))
                    .register(registry)
                    .record(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Which latency histogram an operation belongs to: the leader's report (with guide, plan, PDF) or HR's overview. */
    static String view(String operation) {
        if (operation.contains("/api/rounds/{id}/reports/")) {
            return "report";
        }
        if (operation.contains("/api/rounds/{id}/overview")) {
            return "overview";
        }
        return null;
    }

    private static String template(Class<?> resourceClass, Method method) {
        Path classPath = resourceClass.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String joined = (classPath == null ? "" : classPath.value()) + "/"
                + (methodPath == null ? "" : methodPath.value());
        joined = joined.replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
