package dk.pejling.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.pejling.testing.ClientLimits;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests generated from the schemas of the served OpenAPI document, bent out of shape: wrong types, missing
 * required fields, huge strings, odd Unicode, negative and huge numbers, bad UUIDs, dates and enums, unknown fields,
 * deep nesting and bodies that are not JSON at all, in path, query, header and body; every operation, as a caller it
 * allows (HR, admin, leader and manager of one organisation; the operator for the platform's operations; the holder
 * of a survey link). Never a 5xx; every error is problem+json; every 400 names a field, or says the body is not
 * JSON.
 *
 * <p>The number of requests is {@value #DEFAULT_REQUESTS} by default (about two minutes on two shared cores);
 * {@code -Dfuzz.requests=N} runs more, and {@code -Dfuzz.seed=S} repeats a run. The seed is printed.
 */
@QuarkusTest
class SchemaFuzzTest {

    @Inject
    RateLimiter clientLimiter;

    /** This test spends the loopback client's limits; the tests after it in the same application need them. */
    @AfterEach
    void giveBackTheClientLimits() {
        ClientLimits.reset(clientLimiter);
    }

    static final int DEFAULT_REQUESTS = 2_500;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Inject
    TestOrganisation organisations;

    private record Operation(String id, String method, String path, JsonNode operation) {
    }

    /** What the requests may name: real objects and the tokens that may use them. */
    private static final class Known {
        Built org;
        String token;
        String operator;
        final Map<String, List<String>> ids = new LinkedHashMap<>();
        final List<String> links = new ArrayList<>();
    }

    private Random random;
    private JsonNode document;
    private Known known;

    @Test
    void noGeneratedRequestGetsA5xxAndEveryErrorIsAProblem() throws Exception {
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        random = new Random(seed);
        document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(method.getValue().path("operationId").asText(), method.getKey(),
                            path.getKey(), method.getValue()));
                }
            }
        }
        known = known();

        RestAssuredConfig config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 10_000));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        long started = System.nanoTime();
        for (int n = 0; n < requests; n++) {
            Operation op = operations.get(n % operations.size());
            Fuzzed fuzzed = fuzz(op);
            kinds.merge(fuzzed.kind, 1, Integer::sum);
            Response response;
            try {
                response = fuzzed.request.config(config).request(op.method.toUpperCase(), fuzzed.url);
            } catch (RuntimeException e) {
                failures.add(describe(op, fuzzed) + " → no answer: " + e);
                continue;
            }
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String problem = problem(status, response);
            if (problem != null && failures.size() < 200) {
                failures.add(describe(op, fuzzed) + " → " + status + " " + problem + ": "
                        + abbreviate(response.asString(), 400));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Schema fuzz: %d requests over %d operations in %.0f s (seed %d); statuses %s; kinds %s%n",
                requests, operations.size(), seconds, seed, statuses, kinds);
        assertEquals("", String.join("\n", failures), "seed " + seed);
        assertTrue(statuses.keySet().stream().anyMatch(s -> s == 400), "some requests were refused as bad input");
    }

    /** Found by this fuzz: a provider that cannot be reached made the callback a 500; it ends on the login page. */
    @Test
    void anUnreachableIdentityProviderEndsOnTheLoginPageNotInA500() {
        Built o = organisations.create();
        String slug = o.domain.substring(0, o.domain.indexOf('.'));
        given().auth().oauth2(o.hr).contentType("application/json")
                .body(Map.of("enabled", true, "issuer", "https://127.0.0.1:1/realms/pejling", "clientId", "pejling",
                        "clientSecret", "hemmelig", "passwordsAllowed", true, "domains", List.of()))
                .put("/api/auth/sso-settings").then().statusCode(200);
        for (String path : List.of("/login", "/callback")) {
            String location = given().redirects().follow(false).get("/api/auth/sso/" + slug + path).then()
                    .statusCode(303).extract().header("Location");
            if (path.equals("/callback")) {
                assertTrue(location.endsWith("/login?sso=fejl"), location);
            }
        }
    }

    /** What is wrong with an answer, or null. */
    private static String problem(int status, Response response) {
        if (status >= 500) {
            return "a server error";
        }
        if (status < 400 || status == 414 || status == 431) {
            // 414 and 431 (a request line or headers over the HTTP server's limits) come from the HTTP codec, before
            // any of Pejling's code, without a body; docs/security.md says so.
            return null;
        }
        String type = String.valueOf(response.contentType());
        if (!type.startsWith("application/problem+json")) {
            return "an error that is not problem+json (" + type + ")";
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.asByteArray());
        } catch (Exception e) {
            return "a problem that is not JSON";
        }
        if (body.path("status").asInt() != status || body.path("type").asText().isEmpty()) {
            return "a problem without its status and type";
        }
        if (status == 400 && !body.path("type").asText().endsWith(":malformed-json")) {
            JsonNode errors = body.path("errors");
            boolean named = errors.isArray() && !errors.isEmpty();
            for (JsonNode error : errors) {
                named &= !error.path("field").asText().isBlank();
            }
            if (!named) {
                return "a 400 that names no field";
            }
        }
        return null;
    }

    // ---- the world the requests name ----

    private Known known() {
        Known k = new Known();
        k.org = organisations.create();
        k.org.importCsv("""
                Plejen;Rådhuset;Lars Lund;lars@dom;hr@dom;leader
                Plejen;;Ea Eg;e1@dom;lars@dom;
                Plejen;;Emil Eg;e2@dom;lars@dom;
                Plejen;;Ella Eg;e3@dom;lars@dom;
                """);
        k.token = k.org.hr;
        k.operator = Tokens.login("drift@demo.pejling.dk");
        var framework = k.org.framework("Grundlag", 2, 1);
        String round = k.org.launch(framework.getString("id"), "Runde", Map.of("k", 3), List.of("lars"));
        k.links.addAll(k.org.links(round).values());
        String draft = given().auth().oauth2(k.token).contentType("application/json").body(Map.of("name", "Udkast"))
                .post("/api/frameworks").then().statusCode(201).extract().path("id");
        k.ids.put("framework", List.of(framework.getString("id"), draft));
        k.ids.put("value", framework.getList("values.id", String.class));
        k.ids.put("statement", framework.getList("values.statements.flatten().id", String.class));
        k.ids.put("round", List.of(round));
        k.ids.put("person", List.of(k.org.person("lars").toString(), k.org.person("e1").toString(),
                k.org.person("hr").toString()));
        k.ids.put("template", List.of("kodeks-for-god-ledelse"));
        return k;
    }

    // ---- generating requests ----

    private record Fuzzed(RequestSpecification request, String url, String kind, String body) {
    }

    private static final String[] KINDS = {"valid", "wrong-type", "missing-required", "huge-string", "unicode",
            "numbers", "bad-uuid", "bad-date", "bad-enum", "unknown-field", "deep-nesting", "bad-json", "bad-path",
            "bad-query", "bad-header"};

    private Fuzzed fuzz(Operation op) {
        String kind = KINDS[random.nextInt(KINDS.length)];
        RequestSpecification request = given().redirects().follow(false);
        String path = op.path;
        boolean organisations = path.startsWith("/api/organisations");
        String token = organisations ? known.operator : known.token;
        request = request.auth().oauth2(token);
        if (random.nextInt(10) == 0) {
            request = request.header("Accept-Language", pick("en", "da", "xx-ÆØÅ", "*;q=2", "en-GB,da;q=abc", ""));
        }

        // Path and query parameters, and the survey's header.
        StringBuilder url = new StringBuilder();
        int start = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            url.append(path, start, m.start());
            url.append(kind.equals("bad-path") && random.nextBoolean() ? badPathValue()
                    : pathValue(op, m.group(1), organisations));
            start = m.end();
        }
        url.append(path.substring(start));
        for (JsonNode parameter : op.operation.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            if (in.equals("query")) {
                if (op.id.equals("importOrganisation") && name.equals("mode")) {
                    // Never apply: an import applied at random would deactivate the caller.
                    request = request.queryParam(name, kind.equals("bad-query") ? badScalar() : "preview");
                    continue;
                }
                if (kind.equals("bad-query")) {
                    request = request.queryParam(name, badScalar());
                } else if (random.nextBoolean() || parameter.path("required").asBoolean()) {
                    request = request.queryParam(name, scalar(valid(schema, name, 0)));
                }
            } else if (in.equals("header") && name.equalsIgnoreCase("X-Survey-Token")) {
                String value = kind.equals("bad-header") ? pick("", "x", "x".repeat(43), "x".repeat(8000),
                        "ÆØÅ-token", "../../etc/passwd", "' or 1=1 --", "%00")
                        : known.links.get(random.nextInt(known.links.size()));
                request = request.header(name, value);
            }
        }
        if (kind.equals("bad-header")) {
            request = request.header("Authorization", pick("Bearer", "Bearer x.y.z", "Basic Zm9vOmJhcg==",
                    "Bearer " + "a".repeat(9000), "Bearer æøå"));
        }

        // The body.
        String body = null;
        JsonNode content = op.operation.path("requestBody").path("content");
        if (content.has("text/csv")) {
            byte[] csv = csv(kind);
            request = request.contentType("text/csv; charset=UTF-8").body(csv);
            body = abbreviate(new String(csv, StandardCharsets.UTF_8), 120);
        } else if (content.has("application/json")) {
            JsonNode schema = content.path("application/json").path("schema");
            byte[] bytes = jsonBody(schema, kind);
            String type = kind.equals("bad-json") && random.nextInt(4) == 0
                    ? pick("text/plain", "application/xml", "application/json; charset=latin1", "multipart/form-data")
                    : "application/json";
            request = request.contentType(type).body(bytes);
            body = abbreviate(new String(bytes, StandardCharsets.UTF_8), 160);
        } else if (kind.equals("bad-json") && !op.method.equals("get")) {
            request = request.contentType("application/json").body("{\"unexpected\":");
            body = "{\"unexpected\":";
        }
        return new Fuzzed(request, url.toString(), kind, body);
    }

    private String pathValue(Operation op, String name, boolean organisations) {
        if (organisations) {
            return UUID.randomUUID().toString();
        }
        String group = switch (name) {
            case "id" -> op.path.startsWith("/api/frameworks") ? "framework" : "round";
            case "valueId" -> "value";
            case "statementId" -> "statement";
            case "leaderId", "personId" -> "person";
            case "key" -> "template";
            default -> null;
        };
        if (name.equals("slug")) {
            return known.org.domain.substring(0, known.org.domain.indexOf('.'));
        }
        if (group == null || random.nextInt(5) == 0) {
            return UUID.randomUUID().toString();
        }
        List<String> ids = known.ids.get(group);
        return ids.get(random.nextInt(ids.size()));
    }

    private String badPathValue() {
        return pick("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "-1", "0", "%00", "%2e%2e%2f",
                "%F0%9F%98%80", "x".repeat(2000), "%27%20OR%201=1--", "12345678901234567890", "%20",
                "00000000-0000-0000-0000-000000000000");
    }

    private Object badScalar() {
        return pick("-1", "0", "99999999999999999999", "1.5", "abc", "", "%00", "æøå😀", "x".repeat(5000), "null",
                "[]", "{}", "true", "-9223372036854775809", "1e309", "2026-13-45");
    }

    private static String scalar(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private byte[] csv(String kind) {
        String header = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n";
        return switch (kind) {
            case "huge-string" -> (header + "Rådhuset;;" + "N".repeat(100_000) + ";a@b.dk;;\n")
                    .getBytes(StandardCharsets.UTF_8);
            case "unicode" -> (header + "Råd\u202Ehuset;;Zoë 😀\u0301;zoë@ex.dk;;\n").getBytes(StandardCharsets.UTF_8);
            case "bad-json" -> new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'a', ';', '\n', (byte) 0xc3};
            case "missing-required" -> "enhed;navn\nRådhuset\n".getBytes(StandardCharsets.UTF_8);
            case "wrong-type" -> (header + "\"Råd\"\"huset;;;;;;;;;;\n\"\n").getBytes(StandardCharsets.UTF_8);
            case "numbers" -> (header + "-1;99999999999999999999;1.5;1e309;;admin\n").getBytes(StandardCharsets.UTF_8);
            default -> (header + "Rådhuset;;Hanne Holm;hr@" + known.org.domain + ";;hr admin\n")
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] jsonBody(JsonNode schema, String kind) {
        if (kind.equals("bad-json")) {
            return pick("", "{", "nul", "{}x", "[", "{\"a\":1,}", "\"just a string\"", "null", "[]", "42",
                    "{\"a\":1e99999}", "\u00ff\u00fe", "{'single':'quotes'}", "{\"a\":\"\\ud800\"}",
                    "{\"a\":\"\\u0000\"}").getBytes(StandardCharsets.UTF_8);
        }
        if (kind.equals("deep-nesting")) {
            int depth = pick(200, 2_000, 20_000);
            return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
        }
        JsonNode value = valid(schema, "", 0);
        if (!kind.equals("valid")) {
            value = mutate(value, resolve(schema), kind, 0);
        }
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value that the schema allows, naming real objects where the field names one. */
    private JsonNode valid(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema.has("allOf")) {
            return valid(schema.path("allOf").get(0), name, depth);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
            return valid(options.get(random.nextInt(options.size())), name, depth);
        }
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = type(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (depth < 6 && (required.contains(property.getKey()) || random.nextBoolean())) {
                        object.set(property.getKey(), valid(property.getValue(), property.getKey(), depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = Math.max(schema.path("minItems").asInt(0), depth < 6 ? random.nextInt(3) : 0);
                for (int i = 0; i < count; i++) {
                    array.add(valid(schema.path("items"), name, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                long min = schema.has("minimum") ? schema.path("minimum").asLong() : 0;
                long max = schema.has("maximum") ? schema.path("maximum").asLong() : min + 10;
                return NODES.numberNode(min + (long) random.nextInt((int) Math.min(max - min + 1, 1000)));
            }
            case "number" -> {
                return NODES.numberNode(random.nextInt(5) + 1);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(text(schema, name, format));
            }
        }
    }

    private String text(JsonNode schema, String name, String format) {
        switch (format) {
            case "uuid" -> {
                return uuidFor(name);
            }
            case "date-time" -> {
                return Instant.now().plus(random.nextInt(30) + 1, ChronoUnit.DAYS).toString();
            }
            case "date" -> {
                return LocalDate.now().plusDays(random.nextInt(100)).toString();
            }
            default -> {
            }
        }
        String lower = name.toLowerCase();
        if (lower.contains("email")) {
            return pick("lars@" + known.org.domain, "ny" + random.nextInt(1000) + "@eksempel.dk");
        }
        if (lower.contains("password")) {
            return "en lang og hemmelig sætning " + random.nextInt(1000);
        }
        if (lower.contains("issuer") || lower.contains("url")) {
            return "https://127.0.0.1:1/realms/pejling";
        }
        int min = schema.path("minLength").asInt(1);
        int max = schema.has("maxLength") ? schema.path("maxLength").asInt() : 40;
        int length = Math.max(min, Math.min(max, 3 + random.nextInt(20)));
        StringBuilder text = new StringBuilder();
        String letters = "abcdefghijklmnopqrstuvwxyzæøåÆØÅ ";
        while (text.length() < length) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString().trim().isEmpty() ? "tekst" : text.toString();
    }

    private String uuidFor(String name) {
        String group = switch (name) {
            case "frameworkVersionId" -> "framework";
            case "valueId" -> "value";
            case "statementId" -> "statement";
            case "toPersonId", "leaderIds", "personIds" -> "person";
            case "ids" -> random.nextBoolean() ? "value" : "statement";
            default -> null;
        };
        if (group == null || random.nextInt(4) == 0) {
            return UUID.randomUUID().toString();
        }
        List<String> ids = known.ids.get(group);
        return ids.get(random.nextInt(ids.size()));
    }

    /** The value with one thing bent, at a field chosen at random. */
    private JsonNode mutate(JsonNode value, JsonNode schema, String kind, int depth) {
        schema = resolve(schema);
        if (value instanceof ObjectNode object && object.size() > 0 && depth < 6 && random.nextInt(3) != 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String field = names.get(random.nextInt(names.size()));
            JsonNode fieldSchema = resolve(schema.path("properties").path(field));
            if (kind.equals("missing-required")) {
                object.remove(field);
                return object;
            }
            object.set(field, mutate(object.get(field), fieldSchema, kind, depth + 1));
            return object;
        }
        if (value instanceof ArrayNode array && !array.isEmpty() && depth < 6 && random.nextBoolean()) {
            int i = random.nextInt(array.size());
            array.set(i, mutate(array.get(i), schema.path("items"), kind, depth + 1));
            return array;
        }
        if (kind.equals("missing-required") && value instanceof ObjectNode object) {
            object.removeAll();
            return object;
        }
        if (kind.equals("unknown-field") && value instanceof ObjectNode object) {
            object.put("n" + random.nextInt(100) + "ukendt", "x");
            return object;
        }
        return switch (kind) {
            case "wrong-type" -> pick(NODES.numberNode(7), NODES.textNode("syv"), NODES.booleanNode(true),
                    NODES.arrayNode().add(1), NODES.objectNode().put("a", 1), NODES.nullNode(),
                    NODES.numberNode(7.25));
            case "huge-string" -> NODES.textNode(pick("x", "æ", "😀", "a ").repeat(pick(1_000, 70_000, 300_000)));
            case "unicode" -> NODES.textNode(pick("\u202Eevil\u202C", "Zoë\u0301\u0301\u0301", "\uFEFFbom",
                    "zero\u200Bwidth", "😀👨‍👩‍👧", "\uD800", "\u0000", "\u001B[31m", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
                    "a\u0085b", "\u2028linje", "ÆØÅ æøå"));
            case "numbers" -> pick(NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(-2147483649L),
                    NODES.numberNode(2147483648L), NODES.numberNode(Long.MAX_VALUE),
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")),
                    NODES.numberNode(1e308), NODES.numberNode(-1e308), NODES.numberNode(1.5),
                    NODES.numberNode(Integer.MIN_VALUE));
            case "bad-uuid" -> NODES.textNode(pick("not-a-uuid", "", "00000000-0000-0000-0000-00000000000g",
                    "123", "{" + UUID.randomUUID() + "}", UUID.randomUUID().toString().toUpperCase(),
                    "00000000-0000-0000-0000-000000000000"));
            case "bad-date" -> NODES.textNode(pick("2026-13-45", "yesterday", "", "2026-02-30T25:61:00Z",
                    "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-01-01", "1e10",
                    "2026-01-01T00:00:00+25:00"));
            case "bad-enum" -> NODES.textNode(pick("NOPE", "report", "", "REPORT ", "ÆØÅ"));
            default -> value;
        };
    }

    private JsonNode resolve(JsonNode schema) {
        int guard = 0;
        while (schema.has("$ref") && guard++ < 20) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asText("string");
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private static String describe(Operation op, Fuzzed fuzzed) {
        return op.method.toUpperCase() + " " + abbreviate(fuzzed.url, 160) + " (" + op.id + ", " + fuzzed.kind + ")"
                + (fuzzed.body == null ? "" : " body " + fuzzed.body);
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + ")";
    }
}
