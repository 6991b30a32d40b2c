package dk.pejling.common;

import static dk.pejling.common.AuthorizationMatrixTest.Caller.ADMIN;
import static dk.pejling.common.AuthorizationMatrixTest.Caller.ANONYMOUS;
import static dk.pejling.common.AuthorizationMatrixTest.Caller.EMPLOYEE_LINK;
import static dk.pejling.common.AuthorizationMatrixTest.Caller.EMPLOYEE_TOKEN;
import static dk.pejling.common.AuthorizationMatrixTest.Caller.HR_NO_REPORT;
import static dk.pejling.common.AuthorizationMatrixTest.Caller.HR_REPORT;
import static dk.pejling.common.AuthorizationMatrixTest.Caller.LEADER;
import static dk.pejling.common.AuthorizationMatrixTest.Caller.MANAGER;
import static dk.pejling.common.AuthorizationMatrixTest.Caller.OPERATOR;
import static dk.pejling.common.AuthorizationMatrixTest.Caller.OTHER_ORGANISATION;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.survey.Results;
import dk.pejling.testing.ClientLimits;
import dk.pejling.testing.Counted;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, for every operation of the served OpenAPI document: each operation × each kind of caller ×
 * an object of the caller's own organisation and one of another organisation. Each cell is called with a real signed
 * token (or none) and must give what the matrix below says: through the access check only where the operation's row
 * allows the caller and the object is the caller's own; refused (401, 403 or 404) everywhere else. No response to a
 * person of one organisation names anything of the other; every refusal by role (403) and every refused report, guide,
 * plan or overview (404) is in the refused organisation's audit log. An operation that the document has and the
 * matrix does not (or the other way round) fails the test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @Inject
    RateLimiter clientLimiter;

    /** This test spends the loopback client's limits; the tests after it in the same application need them. */
    @AfterEach
    void giveBackTheClientLimits() {
        ClientLimits.reset(clientLimiter);
    }

    /** The kinds of caller. */
    enum Caller {
        /** No token at all. */
        ANONYMOUS,
        /** An employee with the survey link of an open round, and no login. */
        EMPLOYEE_LINK,
        /** A token correctly signed for an employee who has no login: refused, because no login backs it. */
        EMPLOYEE_TOKEN,
        /** The evaluated leader. */
        LEADER,
        /** The leader's manager at launch; the round shares the report with managers. */
        MANAGER,
        /** HR, on a round that shares reports with HR. */
        HR_REPORT,
        /** The same HR consultant, on a round that shares nothing with HR or managers. */
        HR_NO_REPORT,
        /** The organisation's admin (no other role). */
        ADMIN,
        /** The platform's operator. */
        OPERATOR,
        /** HR and admin of another organisation. */
        OTHER_ORGANISATION
    }

    /** What an operation acts on. */
    enum Scope {
        /** Objects of an organisation, in the path or the body: called on the caller's own and on a foreign one. */
        ORGANISATION,
        /** No organisation's object (lists of one's own, public operations, the operator's): called once. */
        NONE
    }

    private record Row(Scope scope, Set<Caller> allowed) {
    }

    private static final Set<Caller> MEMBERS = EnumSet.of(LEADER, MANAGER, HR_REPORT, HR_NO_REPORT, ADMIN);
    private static final Set<Caller> HR_ADMIN = EnumSet.of(HR_REPORT, HR_NO_REPORT, ADMIN);
    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

    /** The matrix: every operation of the document, whom it lets through on the caller's own objects. */
    private static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    private static void row(String operationId, Scope scope, Set<Caller> allowed) {
        if (MATRIX.put(operationId, new Row(scope, allowed)) != null) {
            throw new IllegalStateException("Twice in the matrix: " + operationId);
        }
    }

    static {
        // Public: logging in, passwords, single sign-on, settings.
        for (String id : List.of("login", "setPassword", "requestPasswordReset", "ssoDiscover", "ssoExchange",
                "ssoLogin", "settings")) {
            row(id, Scope.NONE, EVERYONE);
        }
        // The survey: whoever holds a link, nobody else.
        for (String id : List.of("getSurvey", "saveSurveyDraft", "submitSurvey")) {
            row(id, Scope.NONE, EnumSet.of(EMPLOYEE_LINK));
        }
        // The answer of the identity provider: only in a single sign-on's session.
        row("ssoCallback", Scope.NONE, EnumSet.noneOf(Caller.class));
        row("me", Scope.NONE, union(MEMBERS, EnumSet.of(OPERATOR, OTHER_ORGANISATION)));
        // The operator's own.
        for (String id : List.of("listOrganisations", "createOrganisation", "deactivateOrganisation",
                "resendAdminInvitation")) {
            row(id, Scope.NONE, EnumSet.of(OPERATOR));
        }
        // The organisation's admin.
        row("listAuditEntries", Scope.NONE, EnumSet.of(ADMIN, OTHER_ORGANISATION));
        row("getSsoSettings", Scope.NONE, EnumSet.of(ADMIN, OTHER_ORGANISATION));
        row("saveSsoSettings", Scope.NONE, EnumSet.of(ADMIN, OTHER_ORGANISATION));
        row("handOverReport", Scope.ORGANISATION, EnumSet.of(ADMIN));
        // HR and admin: people, logins, the organisation.
        for (String id : List.of("listAccounts", "exportOrganisation", "importOrganisation", "listUnits")) {
            row(id, Scope.NONE, union(HR_ADMIN, EnumSet.of(OTHER_ORGANISATION)));
        }
        row("resendWelcome", Scope.ORGANISATION, HR_ADMIN);
        // Frameworks: every member reads; HR and admin write.
        row("listFrameworks", Scope.NONE, union(MEMBERS, EnumSet.of(OTHER_ORGANISATION)));
        row("getFramework", Scope.ORGANISATION, MEMBERS);
        row("createFramework", Scope.NONE, union(HR_ADMIN, EnumSet.of(OTHER_ORGANISATION)));
        row("importFramework", Scope.NONE, union(HR_ADMIN, EnumSet.of(OTHER_ORGANISATION)));
        for (String id : List.of("updateFramework", "deleteFramework", "archiveFramework", "exportFramework",
                "publishFramework", "addValue", "reorderValues", "updateValue", "deleteValue", "addStatement",
                "reorderStatements", "updateStatement", "deleteStatement", "createFrameworkVersion")) {
            row(id, Scope.ORGANISATION, HR_ADMIN);
        }
        row("listTemplates", Scope.NONE, union(MEMBERS, EnumSet.of(OTHER_ORGANISATION)));
        row("getTemplate", Scope.NONE, union(MEMBERS, EnumSet.of(OTHER_ORGANISATION)));
        // Rounds: HR and admin; the leader confirms respondents and follows progress.
        row("listRounds", Scope.NONE, union(HR_ADMIN, EnumSet.of(OTHER_ORGANISATION)));
        row("createRound", Scope.ORGANISATION, HR_ADMIN);
        for (String id : List.of("updateRound", "getRound", "deleteRound", "closeRound", "addEvaluees",
                "removeEvaluee", "setEmployees", "launchRound", "sendReminders")) {
            row(id, Scope.ORGANISATION, HR_ADMIN);
        }
        row("confirmRespondents", Scope.ORGANISATION, union(HR_ADMIN, EnumSet.of(LEADER)));
        for (String id : List.of("requestConfirmations", "setPeers", "approvePeers", "addDefaultPeers")) {
            row(id, Scope.ORGANISATION, HR_ADMIN);
        }
        row("searchPeople", Scope.NONE, union(HR_ADMIN, EnumSet.of(OTHER_ORGANISATION)));
        // A leader's own lists (the manager here leads too) and proposals: only a leader in the round gets through.
        row("myRespondentLists", Scope.NONE, EnumSet.of(LEADER, MANAGER));
        row("proposePeers", Scope.ORGANISATION, EnumSet.of(LEADER));
        row("peerCandidates", Scope.ORGANISATION, EnumSet.of(LEADER));
        row("roundProgress", Scope.ORGANISATION, union(HR_ADMIN, EnumSet.of(LEADER)));
        // Results: the overview is HR's; a report is the leader's, the manager's and HR's when the round says so.
        for (String id : List.of("getOverview", "getStatementQuality", "exportOverview")) {
            row(id, Scope.ORGANISATION, EnumSet.of(HR_REPORT, HR_NO_REPORT));
        }
        row("listReports", Scope.NONE, union(MEMBERS, EnumSet.of(OTHER_ORGANISATION)));
        for (String id : List.of("getReport", "getGuide", "getReportPdf", "getPlan")) {
            row(id, Scope.ORGANISATION, EnumSet.of(LEADER, MANAGER, HR_REPORT));
        }
        row("getGuideDocx", Scope.ORGANISATION, EnumSet.of(LEADER, MANAGER, HR_REPORT));
        row("savePlan", Scope.ORGANISATION, EnumSet.of(LEADER));
        row("sharePlan", Scope.ORGANISATION, EnumSet.of(LEADER));
        row("commentPlan", Scope.ORGANISATION, EnumSet.of(LEADER, MANAGER, HR_REPORT));
        // A comment is its author's (the manager's here) to change or take back.
        row("editPlanComment", Scope.ORGANISATION, EnumSet.of(MANAGER));
        row("deletePlanComment", Scope.ORGANISATION, EnumSet.of(MANAGER));
        // Meeting evaluations: participants answer by link, with no login; the leader who made one reads, shares
        // and closes it and reminds those invited by mail; HR sees the counts per value.
        row("getMeetingQuestion", Scope.NONE, EVERYONE);
        row("answerMeeting", Scope.NONE, EVERYONE);
        row("listMeetings", Scope.NONE, union(MEMBERS, EnumSet.of(OTHER_ORGANISATION)));
        for (String id : List.of("listMeetingValues", "createMeeting", "getMeetingTrend")) {
            row(id, Scope.NONE, EnumSet.of(LEADER, MANAGER));
        }
        row("getMeetingOverview", Scope.NONE, EnumSet.of(HR_REPORT, HR_NO_REPORT, OTHER_ORGANISATION));
        for (String id : List.of("getMeeting", "closeMeeting", "shareMeeting", "remindMeeting")) {
            row(id, Scope.ORGANISATION, EnumSet.of(LEADER));
        }
        // The leader team's dialogue: the manager plans a month; the team (the manager and the leaders below)
        // reads it and writes the record.
        row("planTeamDialogue", Scope.NONE, EnumSet.of(MANAGER));
        row("listTeamDialogues", Scope.NONE, EnumSet.of(LEADER, MANAGER));
        row("getTeamDialogue", Scope.ORGANISATION, EnumSet.of(LEADER, MANAGER));
        row("saveTeamDialogueRecord", Scope.ORGANISATION, EnumSet.of(LEADER, MANAGER));
    }

    /** Reports, guides, plans and overviews: a refusal by object is audited too. */
    private static final Set<String> AUDITED_BY_OBJECT = Set.of("getReport", "getGuide", "getGuideDocx",
            "getReportPdf", "getPlan",
            "savePlan", "commentPlan", "getOverview", "getStatementQuality", "exportOverview");

    /** Operations whose organisation object is named only in the body. */
    private static final Set<String> BODY_OBJECT = Set.of("createRound");

    @SafeVarargs
    private static Set<Caller> union(Set<Caller>... sets) {
        Set<Caller> all = EnumSet.noneOf(Caller.class);
        for (Set<Caller> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    @Inject
    TestOrganisation organisations;

    @Inject
    Results results;

    @Inject
    AuditLog audit;

    /** One organisation's objects, and what must never appear in an answer to the other's people. */
    private static final class World {
        Built org;
        String marker;
        String slug;
        String draftFramework;
        String value;
        String statement;
        String publishedFramework;
        String round;
        String roundNoReport;
        String openRound;
        UUID leader;
        UUID manager;
        UUID employee;
        String surveyLink;
        String publishedValue;
        String meeting;
        String dialogue;
        String comment;
        final Map<Caller, String> tokens = new java.util.EnumMap<>(Caller.class);

        Set<String> secrets() {
            Set<String> secrets = new TreeSet<>(List.of(org.domain, marker, draftFramework, value, statement,
                    publishedFramework, round, roundNoReport, openRound, leader.toString(), manager.toString(),
                    employee.toString(), org.id.toString(), meeting, dialogue, comment));
            return secrets;
        }
    }

    private World world(String marker) {
        World w = new World();
        w.marker = marker;
        w.org = organisations.create(Role.hr, Role.admin);
        w.slug = w.org.domain.substring(0, w.org.domain.indexOf('.'));
        String csv = """
                enhed;overordnet enhed;navn;e-mail;leders e-mail;roller
                Rådhuset;;Hanne %1$s;hr@dom;;hr admin
                Rådhuset;;Adam %1$s;admin@dom;;admin
                Rådhuset;;Mette %1$s;mette@dom;;manager leader
                Plejen;Rådhuset;Lars %1$s;lars@dom;mette@dom;leader
                Plejen;;Ea %1$s;e1@dom;lars@dom;
                Plejen;;Emil %1$s;e2@dom;lars@dom;
                Plejen;;Ella %1$s;e3@dom;lars@dom;
                Plejen;;Erik %1$s;e4@dom;lars@dom;
                """.formatted(marker).replace("@dom", "@" + w.org.domain);
        importCsv(w.org.hr, csv);
        if (!marker.startsWith("B")) {
            // Here HR is HR only, beside an admin of no other role; only an admin takes an admin role away.
            importCsv(w.org.token("admin"), csv.replace(";;hr admin\n", ";;hr\n"));
        }
        w.leader = w.org.person("lars");
        w.manager = w.org.person("mette");
        w.employee = w.org.person("e1");
        String hr = w.org.token("hr");
        JsonPath framework = framework(hr, "Grundlag " + marker);
        w.publishedFramework = framework.getString("id");
        Map<String, Object> shared = Map.of("k", 3, "hrAccess", "REPORT", "managerAccess", "REPORT");
        Map<String, Object> closed = Map.of("k", 3, "hrAccess", "NONE", "managerAccess", "NONE");
        w.round = launch(w, hr, "Runde " + marker + " delt", shared);
        w.roundNoReport = launch(w, hr, "Runde " + marker + " lukket", closed);
        w.openRound = launch(w, hr, "Runde " + marker + " åben", shared);
        for (String round : List.of(w.round, w.roundNoReport)) {
            w.org.links(round).forEach((who, link) -> assertEquals(201,
                    TestOrganisation.submit(link, List.of(4, 3), null), who));
            given().auth().oauth2(hr).post("/api/rounds/" + round + "/close").then().statusCode(200);
            Counted.await(results, round);
        }
        w.surveyLink = w.org.links(w.openRound).entrySet().stream().filter(e -> e.getKey().startsWith("EMPLOYEE/"))
                .findFirst().orElseThrow().getValue();
        // A draft framework to change and delete.
        w.draftFramework = given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("name", "Udkast " + marker)).post("/api/frameworks").then().statusCode(201).extract()
                .path("id");
        w.value = given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("title", "Værdi " + marker))
                .post("/api/frameworks/" + w.draftFramework + "/values").then().statusCode(201).extract()
                .path("values[0].id");
        w.statement = given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("text", "Min leder lytter", "selfText", "Jeg lytter"))
                .post("/api/frameworks/" + w.draftFramework + "/values/" + w.value + "/statements")
                .then().statusCode(201).extract().path("values[0].statements[0].id");

        w.tokens.put(LEADER, w.org.token("lars"));
        w.tokens.put(MANAGER, w.org.token("mette"));
        w.tokens.put(HR_REPORT, hr);
        w.tokens.put(HR_NO_REPORT, hr);
        w.tokens.put(ADMIN, w.org.token("admin"));
        w.tokens.put(EMPLOYEE_TOKEN, Tokens.sign(Tokens.claims(w.employee, w.org.id, Set.of("hr", "admin"))));

        // A meeting evaluation of Lars's, a month of Mette's leader team, and Mette's comment on Lars's plan.
        w.publishedValue = framework.getString("values[0].id");
        w.meeting = given().auth().oauth2(w.tokens.get(LEADER)).contentType(ContentType.JSON)
                .body(Map.of("name", "Personalemøde " + marker, "meetingDate", LocalDate.now().toString(),
                        "valueId", w.publishedValue))
                .post("/api/meetings").then().statusCode(201).extract().path("id");
        w.dialogue = given().auth().oauth2(w.tokens.get(MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("month", YearMonth.now().toString(), "valueId", w.publishedValue))
                .post("/api/team-dialogues").then().statusCode(201).extract().path("id");
        String plan = "/api/rounds/" + w.round + "/reports/" + w.leader + "/plan";
        given().auth().oauth2(w.tokens.get(LEADER)).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "goals", List.of(Map.of("title", "Lytte mere")))).put(plan).then()
                .statusCode(200);
        w.comment = given().auth().oauth2(w.tokens.get(MANAGER)).contentType(ContentType.JSON)
                .body(Map.of("text", "God plan")).post(plan + "/comments").then().statusCode(200).extract()
                .path("comments[0].id");
        return w;
    }

    private static void importCsv(String token, String csv) {
        given().auth().oauth2(token).contentType("text/csv").queryParam("mode", "apply")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/org/import").then().log().ifValidationFails()
                .statusCode(200);
    }

    private static JsonPath framework(String hr, String name) {
        String id = given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/frameworks").then().statusCode(201).extract().path("id");
        String value = given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("title", "Synlig"))
                .post("/api/frameworks/" + id + "/values").then().statusCode(201).extract().path("values[0].id");
        for (String text : List.of("Min leder er tydelig", "Min leder er tilgængelig")) {
            given().auth().oauth2(hr).contentType(ContentType.JSON)
                    .body(Map.of("text", text, "selfText", "Jeg " + text))
                    .post("/api/frameworks/" + id + "/values/" + value + "/statements").then().statusCode(201);
        }
        return given().auth().oauth2(hr).post("/api/frameworks/" + id + "/publish").then().statusCode(200).extract()
                .jsonPath();
    }

    private static String launch(World w, String hr, String name, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(settings);
        body.put("frameworkVersionId", w.publishedFramework);
        body.put("name", name);
        body.put("closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString());
        String round = given().auth().oauth2(hr).contentType(ContentType.JSON).body(body).post("/api/rounds")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("leaderIds", List.of(w.leader.toString())))
                .post("/api/rounds/" + round + "/evaluees").then().statusCode(200);
        given().auth().oauth2(hr).post("/api/rounds/" + round + "/launch").then().statusCode(200);
        return round;
    }

    /** An operation of the document. */
    private record Operation(String id, String method, String path, boolean json, boolean csv) {
    }

    /** The order of calls: reads, then changes, then what ends an object (so that it ends last). */
    private static int phase(Operation op) {
        if (op.method.equals("delete") || op.id.equals("deactivateOrganisation")) {
            return 3;
        }
        if (Set.of("publishFramework", "archiveFramework", "createFrameworkVersion", "launchRound", "closeRound",
                "handOverReport", "submitSurvey", "closeMeeting").contains(op.id)) {
            return 2;
        }
        return op.method.equals("get") ? 0 : 1;
    }

    @Test
    void everyOperationRefusesEveryCallerItDoesNotAllowAndNamesNothingOfAnotherOrganisation() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                String body = String.valueOf(operation.getValue().get("requestBody"));
                operations.add(new Operation(String.valueOf(operation.getValue().get("operationId")),
                        operation.getKey(), path.getKey(), body.contains("application/json"),
                        body.contains("text/csv")));
            }
        }
        Set<String> documented = new TreeSet<>();
        operations.forEach(op -> documented.add(op.id));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(MATRIX.keySet());
        Set<String> stale = new TreeSet<>(MATRIX.keySet());
        stale.removeAll(documented);
        assertEquals(Set.of(), missing, "operations of the API without a row in the matrix");
        assertEquals(Set.of(), stale, "rows of the matrix for operations the API no longer has");
        operations.sort(Comparator.comparingInt(AuthorizationMatrixTest::phase)
                .thenComparing(op -> op.method.equals("delete") ? deleteOrder(op.id) : 0)
                .thenComparing(Operation::id));

        World a = world("Alfason");
        World b = world("Bravoson");
        a.tokens.put(OTHER_ORGANISATION, b.org.token("hr"));
        String operator = Tokens.login("drift@demo.pejling.dk");
        String sacrificed = given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("name", "Nedlagt Kommune " + UUID.randomUUID().toString().substring(0, 6),
                        "adminName", "Ib Nedlagt", "adminEmail",
                        "ib@nedlagt-" + UUID.randomUUID().toString().substring(0, 6) + ".dk"))
                .post("/api/organisations").then().statusCode(201).extract().path("id");

        List<String> wrong = new ArrayList<>();
        Map<String, Integer> gone = new HashMap<>();
        int cells = 0;
        int through = 0;
        int successes = 0;
        int refusals = 0;
        int audited = 0;
        for (Operation op : operations) {
            Row row = MATRIX.get(op.id);
            for (Caller caller : Caller.values()) {
                List<Boolean> columns = row.scope == Scope.ORGANISATION ? List.of(true, false) : List.of(true);
                for (boolean own : columns) {
                    if (caller == OTHER_ORGANISATION && !own) {
                        continue; // organisation A's objects are this caller's foreign ones; its own are B's
                    }
                    // The object: for OTHER_ORGANISATION, organisation A's objects are the foreign ones.
                    World objects = own ? a : b;
                    boolean ownObject = own && caller != OTHER_ORGANISATION || row.scope == Scope.NONE;
                    boolean allowed = ownObject && row.allowed.contains(caller);
                    Call call = call(op, caller, objects, a, operator, sacrificed);
                    cells++;
                    UUID auditedOrg = caller == OTHER_ORGANISATION ? b.org.id
                            : MEMBERS.contains(caller) ? a.org.id : null;
                    long before = auditedOrg == null ? 0 : audit.count(auditedOrg, "access.denied");
                    Response response = call.request.request(op.method.toUpperCase(), call.url);
                    int status = response.statusCode();
                    String cell = op.method.toUpperCase() + " " + op.path + " (" + op.id + ") as " + caller
                            + (row.scope == Scope.ORGANISATION ? own ? " on own" : " on foreign" : "") + " → " + status;
                    if (status >= 500) {
                        wrong.add(cell + " " + response.asString());
                        continue;
                    }
                    // The identity provider's return refuses a browser as it does everything there: back to the
                    // login page with a reason, and nothing in hand.
                    boolean backToLogin = op.id.equals("ssoCallback") && status == 303
                            && String.valueOf(response.header("Location")).matches(".*/login\\?sso=[a-z-]+$");
                    boolean refused = status == 401 || status == 403 || status == 404 || backToLogin;
                    if (allowed) {
                        through++;
                        boolean alreadyGone = status == 404 && gone.containsKey(op.id + call.url);
                        // A public operation answers what it answers (a wrong password is 401): it has no access check.
                        if (refused && !alreadyGone && row.allowed != EVERYONE) {
                            wrong.add(cell + " (should pass the access check) " + response.asString());
                        }
                        // A read has no state to conflict with: whoever may read it, reads it.
                        if (op.method.equals("get") && row.allowed != EVERYONE && status / 100 != 2) {
                            wrong.add(cell + " (an allowed read that did not answer) " + response.asString());
                        }
                        if (status / 100 == 2) {
                            successes++;
                            gone.put(op.id + call.url, status);
                        }
                    } else {
                        refusals++;
                        // An object named only in the body (the framework of a new round) is a field that does not
                        // exist: 400 naming the field, as for an id that never existed.
                        boolean refusedField = status == 400 && BODY_OBJECT.contains(op.id) && !ownObject;
                        if (!refused && !refusedField && row.allowed != EVERYONE) {
                            wrong.add(cell + " (should be refused) " + response.asString());
                        }
                        if (status / 100 == 2) {
                            wrong.add(cell + " (succeeded without being allowed)");
                        }
                        if (auditedOrg != null
                                && (status == 403 || status == 404 && AUDITED_BY_OBJECT.contains(op.id))) {
                            if (audit.count(auditedOrg, "access.denied") <= before) {
                                wrong.add(cell + " (refusal not audited)");
                            } else {
                                audited++;
                            }
                        }
                    }
                    String leak = leak(response.asString(), call, caller, op, row, a, b);
                    if (leak != null) {
                        wrong.add(cell + " names " + leak + " of another organisation: " + response.asString());
                    }
                }
            }
        }
        System.out.printf("Authorization matrix: %d operations × %d callers × own/foreign objects = %d cells "
                + "(%d allowed, of which %d succeeded; %d refused, of which %d audited)%n",
                operations.size(), Caller.values().length, cells, through, successes, refusals, audited);
        assertEquals("", String.join("\n", wrong));
        assertTrue(cells >= operations.size() * Caller.values().length, "cells " + cells);
    }

    private static int deleteOrder(String id) {
        return List.of("deleteStatement", "deleteValue", "removeEvaluee", "deleteFramework", "deleteRound",
                "deactivateOrganisation").indexOf(id);
    }

    private record Call(RequestSpecification request, String url, String sent) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private Call call(Operation op, Caller caller, World objects, World a, String operator, String sacrificed) {
        boolean hrWithoutReports = caller == HR_NO_REPORT;
        Function<String, String> value = name -> switch (name) {
            case "id" -> op.id.equals("getFramework") ? objects.publishedFramework
                    : op.path.startsWith("/api/frameworks") ? objects.draftFramework
                    : op.path.startsWith("/api/organisations") ? sacrificed
                    : op.path.startsWith("/api/meetings") ? objects.meeting
                    : op.path.startsWith("/api/team-dialogues") ? objects.dialogue
                    : hrWithoutReports ? objects.roundNoReport : objects.round;
            case "valueId" -> objects.value;
            case "statementId" -> objects.statement;
            case "commentId" -> objects.comment;
            case "leaderId" -> objects.leader.toString();
            case "personId" -> objects.leader.toString();
            case "key" -> "kodeks-for-god-ledelse";
            case "slug" -> objects.slug;
            default -> throw new IllegalStateException("No object for {" + name + "} in " + op.path);
        };
        Matcher matcher = PARAMETER.matcher(op.path);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(url, value.apply(matcher.group(1)));
        }
        matcher.appendTail(url);
        RequestSpecification request = given().redirects().follow(false);
        String token = switch (caller) {
            case ANONYMOUS, EMPLOYEE_LINK -> null;
            case OPERATOR -> operator;
            default -> a.tokens.get(caller);
        };
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (caller == EMPLOYEE_LINK) {
            request = request.header("X-Survey-Token", a.surveyLink);
        }
        if (op.id.equals("ssoDiscover")) {
            request = request.queryParam("slug", objects.slug);
        }
        if (op.id.equals("exportOverview")) {
            request = request.queryParam("format", "csv");
        }
        if (op.id.equals("listAuditEntries")) {
            request = request.queryParam("limit", 5);
        }
        if (op.id.equals("searchPeople") || op.id.equals("peerCandidates")) {
            request = request.queryParam("q", "Alfason");
        }
        String sent = "";
        if (op.csv) {
            sent = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n";
            request = request.contentType("text/csv").body(sent.getBytes(StandardCharsets.UTF_8));
        } else if (op.json) {
            Object body = body(op.id, objects, caller);
            sent = String.valueOf(body);
            request = request.contentType(ContentType.JSON).body(body);
        }
        return new Call(request, url.toString(), url + " " + sent);
    }

    /** A valid body for each operation that takes one, naming the column's objects. */
    private static Object body(String id, World o, Caller caller) {
        String round = caller == HR_NO_REPORT ? o.roundNoReport : o.round;
        return switch (id) {
            case "login" -> Map.of("email", "lars@" + o.org.domain, "password", "forkert-adgangskode-1");
            case "setPassword" -> Map.of("token", "x".repeat(43), "password", "en lang og god adgangskode");
            case "requestPasswordReset" -> Map.of("email", "lars@" + o.org.domain);
            case "saveSsoSettings" -> Map.of("enabled", false, "issuer", "https://login.example.dk",
                    "clientId", "pejling", "passwordsAllowed", true, "domains", List.of());
            case "ssoExchange" -> Map.of("code", "x".repeat(43));
            case "createFramework" -> Map.of("name", "Nyt grundlag");
            case "importFramework" -> Map.of("format", "pejling-framework", "formatVersion", 1, "name", "Importeret",
                    "values", List.of(Map.of("title", "Tydelig", "statements",
                            List.of(Map.of("text", "Min leder er tydelig", "selfText", "Jeg er tydelig")))));
            case "updateFramework" -> Map.of("name", "Omdøbt grundlag");
            case "addValue", "updateValue" -> Map.of("title", "Modig");
            case "reorderValues" -> Map.of("ids", List.of(o.value));
            case "reorderStatements" -> Map.of("ids", List.of(o.statement));
            case "addStatement", "updateStatement" -> Map.of("text", "Min leder er modig", "selfText", "Jeg er modig");
            case "createOrganisation" -> Map.of("name", "Ny Kommune", "adminName", "Ny Admin",
                    "adminEmail", "admin@ny-" + UUID.randomUUID().toString().substring(0, 6) + ".dk");
            case "createRound", "updateRound" -> Map.of("frameworkVersionId", o.publishedFramework, "name",
                    "Ny runde", "closesAt", Instant.now().plus(9, ChronoUnit.DAYS).toString(), "k", 3);
            case "addEvaluees" -> Map.of("leaderIds", List.of(o.leader.toString()));
            case "setEmployees" -> Map.of("personIds", List.of(o.employee.toString()));
            case "handOverReport" -> Map.of("toPersonId", o.manager.toString(), "reason", "Ny leder");
            case "savePlan" -> Map.of("version", 0, "goals", List.of(Map.of("title", "Lytte mere")));
            case "commentPlan" -> Map.of("text", "God plan");
            case "saveSurveyDraft", "submitSurvey" -> Map.of("answers", List.of());
            case "setPeers", "proposePeers" -> Map.of("personIds", List.of());
            case "editPlanComment" -> Map.of("text", "Rigtig god plan");
            case "answerMeeting" -> Map.of("score", 4);
            case "createMeeting" -> Map.of("name", "Ledermøde", "meetingDate", LocalDate.now().toString(),
                    "valueId", o.publishedValue);
            case "shareMeeting" -> Map.of("emails", List.of("mette@" + o.org.domain));
            case "planTeamDialogue" -> Map.of("month", YearMonth.now().plusMonths(2).toString(), "valueId",
                    o.publishedValue);
            case "saveTeamDialogueRecord" -> Map.of("version", 0, "holdOn", "Vi lytter først");
            default -> throw new IllegalStateException("No body for " + id + " (round " + round + ")");
        };
    }

    /**
     * What of another organisation an answer names, if anything: its people's names, its domain, or the ids of its
     * objects (unless the caller sent them).
     */
    private static String leak(String answer, Call call, Caller caller, Operation op, Row row, World a, World b) {
        if (caller == OPERATOR && row.allowed.contains(OPERATOR) && op.path.startsWith("/api/organisations")) {
            return null;
        }
        List<World> foreign = switch (caller) {
            case OTHER_ORGANISATION -> List.of(a);
            case ANONYMOUS, OPERATOR, EMPLOYEE_TOKEN -> List.of(a, b);
            case EMPLOYEE_LINK -> List.of(b);
            default -> List.of(b);
        };
        for (World w : foreign) {
            for (String secret : w.secrets()) {
                // The audit log holds the ids its own people sent (a refused attempt names what was asked for).
                boolean sentEarlier = op.id.equals("listAuditEntries") && secret.length() == 36;
                if (answer.contains(secret) && !call.sent.contains(secret) && !sentEarlier) {
                    return secret;
                }
            }
        }
        return null;
    }
}
