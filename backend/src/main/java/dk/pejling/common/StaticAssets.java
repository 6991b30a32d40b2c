package dk.pejling.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How the SPA's files travel. The build names every file under {@code /assets/} by a hash of its content and writes
 * a brotli and a gzip copy beside each compressible one (frontend/build/precompress.js): those are sent as they are,
 * at the best compression and no CPU per request, and cached by browsers for a year without asking again. The SPA
 * shell (index.html, whatever client route rerouted to it, favicon.svg) changes with every release: browsers must
 * ask again each time ({@code no-cache}; the answer is a 304 when nothing changed).
 */
final class StaticAssets {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final String ROOT = "META-INF/resources/assets/";
    /** A file name as the build writes them; anything else (a path, "..") is left to the static handler to refuse. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "map", "application/json");

    /** Precompressed copies read once from the classpath: a hashed file never changes while the server runs. */
    private final Map<String, Optional<byte[]>> copies = new ConcurrentHashMap<>();

    /** GET/HEAD /assets/*: the precompressed copy the client accepts, else the plain file; cached for good. */
    void serve(RoutingContext rc) {
        String name = rc.normalizedPath().substring("/assets/".length());
        String type = TYPES.get(extension(name));
        String encoding = type == null || !NAME.matcher(name).matches() ? null
                : preferredEncoding(rc.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
        if (encoding == null) {
            plain(rc, type != null);
            return;
        }
        String resource = ROOT + name + (encoding.equals("br") ? ".br" : ".gz");
        Optional<byte[]> cached = copies.get(resource);
        if (cached != null) {
            send(rc, cached, type, encoding);
            return;
        }
        rc.vertx().executeBlocking(() -> copies.computeIfAbsent(resource, StaticAssets::read), false)
                .onSuccess(copy -> send(rc, copy, type, encoding))
                .onFailure(rc::fail);
    }

    private static void send(RoutingContext rc, Optional<byte[]> copy, String type, String encoding) {
        if (copy.isEmpty()) {
            plain(rc, true);
            return;
        }
        HttpServerResponse response = rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader(HttpHeaders.CONTENT_ENCODING, encoding)
                .putHeader(HttpHeaders.VARY, "Accept-Encoding")
                .putHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(copy.get().length));
        if (rc.request().method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(Buffer.buffer(copy.get()));
        }
    }

    /** The static handler sends the file itself; this only decides how long browsers keep it. */
    private static void plain(RoutingContext rc, boolean compressible) {
        rc.addHeadersEndHandler(v -> {
            if (rc.response().getStatusCode() == 200 || rc.response().getStatusCode() == 304) {
                rc.response().headers().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
                if (compressible) {
                    rc.response().headers().set(HttpHeaders.VARY, "Accept-Encoding");
                }
            }
        });
        rc.next();
    }

    /** The SPA shell: whatever is served outside /assets, /api and /q must be asked for again on every visit. */
    static void revalidate(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> rc.response().headers().set(HttpHeaders.CACHE_CONTROL, REVALIDATE));
    }

    /** "br" when the client accepts brotli, else "gzip" when it accepts gzip, else null (send it uncompressed). */
    static String preferredEncoding(String acceptEncoding) {
        if (acceptEncoding == null) {
            return null;
        }
        boolean gzip = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (quality(pieces) <= 0) {
                continue;
            }
            if (coding.equals("br")) {
                return "br";
            }
            gzip |= coding.equals("gzip") || coding.equals("*");
        }
        return gzip ? "gzip" : null;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
