package dk.pejling.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP/1.1 client for the API, with JSON bodies. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, byte[] body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    Response get(String path, String bearer) {
        return send(request(path, bearer).GET().build());
    }

    Response post(String path, String bearer, String contentType, String body) {
        return send(request(path, bearer).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response postJson(String path, String bearer, Object body) {
        return post(path, bearer, "application/json", json(body));
    }

    Response putJson(String path, String bearer, Object body) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    Response survey(String token) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/survey")).timeout(Duration.ofSeconds(60))
                .header("X-Survey-Token", token).GET().build());
    }

    Response submit(String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/survey/submit")).timeout(Duration.ofSeconds(60))
                .header("X-Survey-Token", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A response that must have the given status; anything else stops the benchmark with the body. */
    static Response expect(Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.status() + " " + response.text());
        }
        return response;
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
