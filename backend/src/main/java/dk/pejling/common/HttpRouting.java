package dk.pejling.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Routing that lives below JAX-RS: the SPA's deep links get index.html, its files go out precompressed and with
 * the right cache headers (StaticAssets), and a path under {@code /api} that no resource serves gets a problem+json
 * 404 instead of the server's default page.
 */
@ApplicationScoped
class HttpRouting {

    private final StaticAssets assets = new StaticAssets();

    void install(@Observes Router router) {
        // Runs before the static-resource handler: client-side routes such as /rapporter/123 become /.
        router.route().order(Integer.MIN_VALUE + 100).handler(this::spaFallback);
        router.route("/assets/*").order(Integer.MIN_VALUE + 101).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(assets::serve);
        // Runs after everything else has declined the request.
        router.route("/api/*").order(Integer.MAX_VALUE - 100).handler(this::apiNotFound);
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
        boolean english = Language.ofTags(rc.acceptableLanguages().stream().map(l -> l.value()).toList()).english();
        Problem problem = new Problem(ProblemType.NOT_FOUND.uri(), ProblemType.NOT_FOUND.title(english), 404,
                "There is nothing at " + rc.normalizedPath() + ".", rc.normalizedPath(), null);
        rc.response()
                .setStatusCode(404)
                .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                .end(Json.encode(problem));
    }
}
