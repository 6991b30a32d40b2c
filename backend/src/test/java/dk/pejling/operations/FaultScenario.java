package dk.pejling.operations;

import static io.restassured.RestAssured.given;

import com.icegreen.greenmail.util.GreenMail;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation large enough for load, through the real API: HR imports {@code leaders} units of
 * {@code employeesPerLeader} employees each, publishes a small framework and launches rounds over all of them.
 */
final class FaultScenario {

    static final String HR = "hr@demo.pejling.dk";
    static final String PASSWORD = "demo1234";
    private static final Pattern LINK = Pattern.compile("/s#([A-Za-z0-9_-]{20,})");

    final String baseUrl;
    final String hr;
    final int leaders;
    final int employeesPerLeader;
    String frameworkId;
    final List<String> statementIds = new ArrayList<>();
    String valueId;

    FaultScenario(String baseUrl, int leaders, int employeesPerLeader) {
        this.baseUrl = baseUrl;
        this.leaders = leaders;
        this.employeesPerLeader = employeesPerLeader;
        this.hr = login(HR);
    }

    RequestSpecification api() {
        return given().baseUri(baseUrl);
    }

    String login(String email) {
        return api().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");
    }

    static String leader(int l) {
        return "leder." + l + "@fault.pejling.dk";
    }

    /** The whole organisation as one CSV (HR keeps its roles), applied in one import. */
    void importOrganisation() {
        StringBuilder csv = new StringBuilder("enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n");
        csv.append("Fejlcentret;;Hanne Hansen;").append(HR).append(";;hr admin\n");
        for (int l = 1; l <= leaders; l++) {
            csv.append("Enhed ").append(l).append(";Fejlcentret;Leder ").append(l).append(';').append(leader(l))
                    .append(";;leader\n");
            for (int e = 1; e <= employeesPerLeader; e++) {
                csv.append("Enhed ").append(l).append(";;Medarbejder ").append(l).append('-').append(e)
                        .append(";m.").append(l).append('.').append(e).append("@fault.pejling.dk;")
                        .append(leader(l)).append(";\n");
            }
        }
        api().auth().oauth2(hr).contentType("text/csv").body(csv.toString())
                .post("/api/org/import?mode=apply").then().statusCode(200);
    }

    void publishFramework() {
        frameworkId = api().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("name", "Grundlag under pres"))
                .post("/api/frameworks").then().statusCode(201).extract().path("id");
        valueId = api().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("title", "Robust"))
                .post("/api/frameworks/" + frameworkId + "/values").then().statusCode(201).extract()
                .path("values[0].id");
        for (String[] s : new String[][] {{"Min leder holder hovedet koldt", "Jeg holder hovedet koldt"},
                {"Min leder følger op", "Jeg følger op"}}) {
            api().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("text", s[0], "selfText", s[1]))
                    .post("/api/frameworks/" + frameworkId + "/values/" + valueId + "/statements").then()
                    .statusCode(201);
        }
        JsonPath published = api().auth().oauth2(hr).post("/api/frameworks/" + frameworkId + "/publish")
                .then().statusCode(200).extract().jsonPath();
        frameworkId = published.getString("id");
        statementIds.addAll(published.getList("values[0].statements.id", String.class));
    }

    /** Creates and launches a round over every leader (employees only; HR may read each report). */
    Round launch(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("frameworkVersionId", frameworkId);
        body.put("name", name);
        body.put("closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString());
        body.put("k", 3);
        body.put("includeSelf", false);
        body.put("includeManager", false);
        body.put("hrAccess", "REPORT");
        String id = api().auth().oauth2(hr).contentType(ContentType.JSON).body(body)
                .post("/api/rounds").then().statusCode(201).extract().path("id");
        String root = api().auth().oauth2(hr).get("/api/org/units").then().statusCode(200).extract()
                .jsonPath().getString("find { it.name == 'Fejlcentret' }.id");
        api().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("unitIds", List.of(root)))
                .post("/api/rounds/" + id + "/evaluees").then().statusCode(200);
        JsonPath launched = api().auth().oauth2(hr).post("/api/rounds/" + id + "/launch")
                .then().statusCode(200).extract().jsonPath();
        return new Round(id, name, launched.getInt("invitations"),
                launched.getList("round.evaluees.leaderId", String.class));
    }

    record Round(String id, String name, int invitations, List<String> leaderIds) {
    }

    /**
     * Waits until every invitation of the round has arrived, then returns the token of each recipient, failing when
     * anyone got the round's invitation more than once.
     */
    static Map<String, String> tokens(GreenMail mail, Round round, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, List<String>> byRecipient = collect(mail, round);
        while (byRecipient.values().stream().mapToInt(List::size).sum() < round.invitations()
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            byRecipient = collect(mail, round);
        }
        // A second mail would come late, if at all: give the mail job of both replicas two more turns.
        Thread.sleep(2500);
        byRecipient = collect(mail, round);
        Map<String, String> tokens = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : byRecipient.entrySet()) {
            if (entry.getValue().size() > 1) {
                twice.add(entry.getKey());
            }
            tokens.put(entry.getKey(), entry.getValue().get(0));
        }
        if (!twice.isEmpty() || tokens.size() != round.invitations()) {
            throw new AssertionError("Round " + round.name() + ": " + round.invitations() + " invitations, "
                    + tokens.size() + " recipients mailed, mailed more than once: " + twice);
        }
        return tokens;
    }

    private static Map<String, List<String>> collect(GreenMail mail, Round round) throws Exception {
        Map<String, List<String>> byRecipient = new LinkedHashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String text = text(message.getContent());
            if (text == null || !text.contains(round.name())) {
                continue;
            }
            Matcher m = LINK.matcher(text);
            if (m.find()) {
                String to = message.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase();
                byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(m.group(1));
            }
        }
        return byRecipient;
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String nested = text(multipart.getBodyPart(i).getContent());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** A complete answer: a score for each statement and, for the log check, a story that must never be logged. */
    Map<String, Object> answers(int score, String story) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String statementId : statementIds) {
            answers.add(Map.of("statementId", statementId, "score", score));
        }
        return Map.of("answers", answers, "stories", List.of(Map.of("valueId", valueId, "text", story)));
    }
}
