package dk.pejling.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Routing that lives below JAX-RS: the SPA's deep links get index.html, its files go out precompressed and with
 * the right cache headers (StaticAssets), a path under {@code /api} that no resource serves gets a problem+json 404
 * instead of the server's default page, and a body announced larger than the limit gets a problem+json 413 before it
 * is read.
 */
@ApplicationScoped
class HttpRouting {

    private final StaticAssets assets = new StaticAssets();

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::bodyLimit);
        // Runs before the static-resource handler: client-side routes such as /rapporter/123 become /.
        router.route().order(Integer.MIN_VALUE + 100).handler(this::spaFallback);
        router.route("/assets/*").order(Integer.MIN_VALUE + 101).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(assets::serve);
        // Runs after everything else has declined the request.
        router.route("/api/*").order(Integer.MAX_VALUE - 100).handler(this::apiNotFound);
    }

    private void bodyLimit(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize.asLongValue()) {
                    // The unread body is not drained: close the connection after the answer.
                    rc.response().putHeader("Connection", "close");
                    problem(rc, ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than the limit of "
                            + maxBodySize.asLongValue() + " bytes.");
                    return;
                }
            } catch (NumberFormatException e) {
                // Vert.x refuses a malformed Content-Length itself.
            }
        }
        rc.next();
    }

    private void spaFallback(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean read = rc.request().method() == HttpMethod.GET || rc.request().method() == HttpMethod.HEAD;
        if (read && isClientRoute(path)) {
            rc.reroute("/");
            return;
        }
        if (read && isShell(path)) {
            StaticAssets.revalidate(rc);
        }
        rc.next();
    }

    static boolean isClientRoute(String path) {
        if (path.equals("/") || path.equals("/api") || path.startsWith("/api/") || path.equals("/q")
                || path.startsWith("/q/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        // A file the build produced (index-abc123.js, favicon.svg) has an extension; a route does not.
        return !last.contains(".");
    }

    /** index.html and the other files at the root: everything outside /assets, /api and /q. */
    static boolean isShell(String path) {
        return !(path.startsWith("/assets/") || path.equals("/api") || path.startsWith("/api/") || path.equals("/q")
                || path.startsWith("/q/"));
    }

    private void apiNotFound(RoutingContext rc) {
        problem(rc, ProblemType.NOT_FOUND, "There is nothing at " + rc.normalizedPath() + ".");
    }

    private static void problem(RoutingContext rc, ProblemType type, String detail) {
        boolean english = Language.ofTags(rc.acceptableLanguages().stream().map(l -> l.value()).toList()).english();
        Problem problem = new Problem(type.uri(), type.title(english), type.status(), detail, rc.normalizedPath(),
                null);
        rc.response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                .end(Json.encode(problem));
    }
}
