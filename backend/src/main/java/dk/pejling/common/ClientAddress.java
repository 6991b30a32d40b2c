package dk.pejling.common;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address of the client a request comes from. Behind a reverse proxy this is the address the proxy forwarded,
 * but only when the proxy is configured as trusted ({@code quarkus.http.proxy.*}, see docs/security.md): otherwise a
 * client's own {@code X-Forwarded-For} is ignored and the socket's peer is the client.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        String host = request.remoteAddress().hostAddress();
        return host == null ? request.remoteAddress().host() : host;
    }
}
