package dk.pejling.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.pejling.org.ImportFixtures;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One rule for input, checked on every JSON operation that {@code openapi.yaml} declares (so an operation added
 * later is covered without touching this test): for every text field, NUL and other control characters; for every
 * date and instant, values outside 1900–9999; for every integer, a fraction. Each must be a 400 problem+json whose
 * {@code errors} name the field — never a 5xx, never a silent truncation.
 */
@QuarkusTest
class InputRulesTest {

    @jakarta.inject.Inject
    ImportFixtures fixtures;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String NUL = "Ældre\u0000plejen";
    private static final String BELL = "Ældre\u0007plejen";

    private record Probe(String method, String path, String field, String kind, Object body) {
    }

    @Test
    void everyJsonOperationRefusesControlCharactersBadDatesAndFractionsNamingTheField() throws Exception {
        JsonNode api = YAML.readTree(Files.readString(Path.of("..", "openapi.yaml")));
        List<Probe> probes = probes(api);
        assertTrue(probes.size() >= 40, "the document yields probes for every JSON operation: " + probes.size());
        Set<String> operations = new java.util.TreeSet<>();
        probes.forEach(p -> operations.add(p.method + " " + p.path));

        // A real login with every role, so that the body is read and checked for each operation (objects do not
        // exist: the body must be refused before anything is looked up). Every request reads the login from the
        // database, so a hand-made token for nobody would be refused before its body is read; the platform's own
        // operations take the operator's login.
        String token = fixtures.organisation(EnumSet.of(Role.hr, Role.admin, Role.leader, Role.manager)).token();
        String operator = Tokens.login("drift@demo.pejling.dk");
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            String path = probe.path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Response response = given().auth().oauth2(path.startsWith("/api/organisations") ? operator : token)
                    .header("X-Survey-Token", "x".repeat(43))
                    .contentType(ContentType.JSON).body(probe.body)
                    .request(probe.method, path);
            String problem = probe.method + " " + probe.path + " " + probe.field + " (" + probe.kind + ") → "
                    + response.statusCode() + " " + response.asString();
            if (response.statusCode() != 400
                    || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                failures.add(problem);
                continue;
            }
            List<String> fields = response.jsonPath().getList("errors.field", String.class);
            if (fields == null || !fields.contains(probe.field)) {
                failures.add(problem);
            }
        }
        System.out.printf("Input rules: %d probes over %d JSON operations%n", probes.size(), operations.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void tabsAndLineBreaksAndDanishLettersAreText() {
        assertEquals(-1, InputRules.firstForbidden("Æ ø å\tlinje\r\nny linje 🙂"));
        assertEquals(2, InputRules.firstForbidden("ab\u0000"));
        assertEquals(0, InputRules.firstForbidden("\u007F"));
        assertEquals(0, InputRules.firstForbidden("\u0085"));
        assertEquals(1, InputRules.firstForbidden("a\uD83D"));
    }

    @Test
    void anAnnouncedBodyOverTheLimitIsAProblem413() {
        long limit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.http.limits.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
                .asLongValue();
        byte[] body = new byte[(int) limit + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/auth/login")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:pejling:problem:payload-too-large"));
    }

    // ---- probes from the document ----

    private static List<Probe> probes(JsonNode api) {
        List<Probe> probes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String method = operation.getKey().toUpperCase();
                for (Leaf leaf : leaves(api, schema, "", 0)) {
                    for (Map.Entry<String, Object> bad : badValues(leaf.kind).entrySet()) {
                        probes.add(
                                new Probe(method, path.getKey(), leaf.path, bad.getKey(), leaf.body(bad.getValue())));
                    }
                }
            }
        }
        return probes;
    }

    private static Map<String, Object> badValues(String kind) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (kind) {
            case "text" -> {
                values.put("NUL", NUL);
                values.put("BEL", BELL);
            }
            case "date-time" -> {
                values.put("year 1", "0001-01-01T00:00:00Z");
                values.put("year 100000", "+100000-01-01T00:00:00Z");
                values.put("year 10000", "+10000-01-01T00:00:00Z");
            }
            case "date" -> {
                values.put("year 1", "0001-01-01");
                values.put("year 10000", "+10000-01-01");
            }
            case "integer" -> values.put("fraction", 1.5);
            default -> {
            }
        }
        return values;
    }

    /** A field to probe: its path as the server names it, and how to build a body that holds only it. */
    private record Leaf(String path, String kind, List<Object> steps) {

        Object body(Object value) {
            Object current = value;
            for (int i = steps.size() - 1; i >= 0; i--) {
                Object step = steps.get(i);
                if (step instanceof String name) {
                    Map<String, Object> object = new LinkedHashMap<>();
                    object.put(name, current);
                    current = object;
                } else {
                    List<Object> list = new ArrayList<>();
                    list.add(current);
                    current = list;
                }
            }
            return current;
        }
    }

    private static List<Leaf> leaves(JsonNode api, JsonNode schema, String path, int depth) {
        List<Leaf> leaves = new ArrayList<>();
        collect(api, schema, path, new ArrayList<>(), depth, leaves);
        return leaves;
    }

    private static void collect(JsonNode api, JsonNode schema, String path, List<Object> steps, int depth,
            List<Leaf> leaves) {
        if (depth > 6) {
            return;
        }
        schema = resolve(api, schema);
        String type = type(schema);
        String format = schema.path("format").asText("");
        if (schema.has("properties")) {
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                List<Object> next = new ArrayList<>(steps);
                next.add(property.getKey());
                collect(api, property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                        next, depth + 1, leaves);
            }
        } else if ("array".equals(type)) {
            List<Object> next = new ArrayList<>(steps);
            next.add(0);
            collect(api, schema.path("items"), path + "[0]", next, depth + 1, leaves);
        } else if ("string".equals(type) && !steps.isEmpty()) {
            String kind = switch (format) {
                case "date-time" -> "date-time";
                case "date" -> "date";
                case "uuid" -> "";
                default -> schema.has("enum") ? "" : "text";
            };
            if (!kind.isEmpty()) {
                leaves.add(new Leaf(path, kind, steps));
            }
        } else if ("integer".equals(type) && !steps.isEmpty()) {
            leaves.add(new Leaf(path, "integer", steps));
        }
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = api.at(ref.substring(1));
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
        return type.asText("");
    }
}
