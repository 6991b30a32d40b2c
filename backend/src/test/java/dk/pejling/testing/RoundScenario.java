package dk.pejling.testing;

import static io.restassured.RestAssured.given;

import com.icegreen.greenmail.util.GreenMail;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A launched round through the real API: HR publishes a small framework (two values, three statements), creates a
 * round over Birgitte Lund (three employees) and launches it; the mails are delivered to GreenMail.
 */
public final class RoundScenario {

    public static final String LEADER = "birgitte.lund@demo.pejling.dk";
    public static final List<String> EMPLOYEES = List.of("hr@demo.pejling.dk", "peter.dahl@demo.pejling.dk",
            "line.vestergaard@demo.pejling.dk");

    public final String hr;
    public final String name;
    public final String frameworkId;
    public final List<String> valueIds;
    public final List<String> statementIds;
    public String roundId;

    private RoundScenario(String hr, String name, JsonPath framework) {
        this.hr = hr;
        this.name = name;
        this.frameworkId = framework.getString("id");
        this.valueIds = framework.getList("values.id", String.class);
        this.statementIds = new ArrayList<>();
        for (int i = 0; i < valueIds.size(); i++) {
            statementIds.addAll(framework.getList("values[" + i + "].statements.id", String.class));
        }
    }

    private RoundScenario(RoundScenario other, String name) {
        this.hr = other.hr;
        this.name = name;
        this.frameworkId = other.frameworkId;
        this.valueIds = other.valueIds;
        this.statementIds = other.statementIds;
    }

    /** The same framework and HR for another round named {@code name} (to find its mails and answer it). */
    public static RoundScenario named(RoundScenario scenario, String name) {
        return new RoundScenario(scenario, name);
    }

    /** A published framework and a draft round named {@code name} over Birgitte Lund. */
    public static RoundScenario draft(String name) {
        String hr = Tokens.login("hr@demo.pejling.dk");
        String id = given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("name", "Grundlag " + name))
                .post("/api/frameworks").then().statusCode(201).extract().path("id");
        String synlig = given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("title", "Synlig"))
                .post("/api/frameworks/" + id + "/values").then().statusCode(201).extract().path("values[0].id");
        String modig = given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("title", "Modig"))
                .post("/api/frameworks/" + id + "/values").then().statusCode(201).extract().path("values[1].id");
        statement(hr, id, synlig, "Min leder er tydelig i sin kommunikation", "Jeg er tydelig i min kommunikation");
        statement(hr, id, synlig, "Min leder er tilgængelig", "Jeg er tilgængelig");
        statement(hr, id, modig, "Min leder tager de nødvendige konflikter", "Jeg tager de nødvendige konflikter");
        JsonPath framework = given().auth().oauth2(hr).post("/api/frameworks/" + id + "/publish")
                .then().statusCode(200).extract().jsonPath();
        RoundScenario scenario = new RoundScenario(hr, name, framework);
        String leaderId = given().auth().oauth2(Tokens.login(LEADER)).get("/api/me").then().extract().path("id");
        scenario.roundId = given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(roundBody(scenario.frameworkId, name, Instant.now().plus(7, ChronoUnit.DAYS)))
                .post("/api/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("leaderIds", List.of(leaderId)))
                .post("/api/rounds/" + scenario.roundId + "/evaluees").then().statusCode(200);
        return scenario;
    }

    public static Map<String, Object> roundBody(String frameworkId, String name, Instant closesAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("frameworkVersionId", frameworkId);
        body.put("name", name);
        body.put("closesAt", closesAt.toString());
        body.put("k", 3);
        return body;
    }

    private static void statement(String hr, String id, String value, String text, String self) {
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("text", text, "selfText", self))
                .post("/api/frameworks/" + id + "/values/" + value + "/statements").then().statusCode(201);
    }

    public JsonPath launch() {
        return given().auth().oauth2(hr).post("/api/rounds/" + roundId + "/launch")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The token from the newest mail about this round to {@code email}, waiting up to 20 s for it to arrive. */
    public String tokenOf(GreenMail greenMail, String email) {
        // The scheduled mail job may have taken the batch just before the test's own delivery call: wait for it.
        List<String> texts = Mailbox.texts(greenMail, email, name);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (texts.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            texts = Mailbox.texts(greenMail, email, name);
        }
        if (texts.isEmpty()) {
            throw new AssertionError("No mail about " + name + " to " + email);
        }
        return Mailbox.token(texts.get(texts.size() - 1));
    }

    /** A complete submission: the given score for every statement, and one story for the first value. */
    public Map<String, Object> answers(Integer score) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String statementId : statementIds) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("statementId", statementId);
            answer.put("score", score);
            answers.add(answer);
        }
        return Map.of("answers", answers, "stories",
                List.of(Map.of("valueId", valueIds.get(0), "text",
                        "Da vi fik ny vagtplan, forklarede min leder hvorfor.")));
    }
}
