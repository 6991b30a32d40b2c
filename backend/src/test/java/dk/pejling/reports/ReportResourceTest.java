package dk.pejling.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.AuditLog;
import dk.pejling.org.OrgService;
import dk.pejling.testing.Fixtures;
import dk.pejling.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The leader report over the demo organisation's closed round: content, anonymity and who may read it (S4). */
@QuarkusTest
class ReportResourceTest {

    static final String CLOSED = "Lederevaluering forår 2026 (demo)";
    static final String OPEN = "Lederevaluering 2026 (demo)";

    @Inject
    AuditLog audit;

    @Inject
    OrgService orgs;

    @Inject
    Fixtures fixtures;

    static String id(String email) {
        return given().auth().oauth2(Tokens.login(email)).get("/api/me").then().statusCode(200).extract().path("id");
    }

    static String round(String name) {
        List<Map<String, Object>> rounds = given().auth().oauth2(Tokens.login("hr@demo.pejling.dk"))
                .get("/api/rounds").then().statusCode(200).extract().jsonPath().getList("$");
        return rounds.stream().filter(r -> r.get("name").equals(name)).map(r -> (String) r.get("id")).findFirst()
                .orElseThrow();
    }

    static JsonPath report(String reader, String leaderEmail) {
        return given().auth().oauth2(Tokens.login(reader))
                .get("/api/rounds/" + round(CLOSED) + "/reports/" + id(leaderEmail))
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLeaderListsTheirOwnReportsAndSeesWhenTheOpenOneOpens() {
        List<Map<String, Object>> list = given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .get("/api/reports").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> closed = list.stream().filter(r -> r.get("roundName").equals(CLOSED)).findFirst()
                .orElseThrow();
        assertEquals("OWN", closed.get("relation"));
        assertEquals(true, closed.get("available"));
        assertEquals(true, closed.get("hasPlan"));
        Map<String, Object> open = list.stream().filter(r -> r.get("roundName").equals(OPEN)).findFirst()
                .orElseThrow();
        assertEquals(false, open.get("available"));
        assertTrue(list.stream().allMatch(r -> r.get("relation").equals("OWN")), list.toString());
    }

    @Test
    void theManagerListsTheLeadersWhoReportToThem() {
        List<Map<String, Object>> list = given().auth().oauth2(Tokens.login("chef@demo.pejling.dk"))
                .get("/api/reports").then().statusCode(200).extract().jsonPath().getList("$");
        List<Object> managed = list.stream().filter(r -> r.get("roundName").equals(CLOSED)
                && r.get("relation").equals("MANAGER")).map(r -> r.get("leaderName")).toList();
        assertEquals(List.of("Birgitte Lund", "Jens Mikkelsen", "Lars Holm Nielsen", "Sofie Bach"), managed);
    }

    @Test
    void theReportShowsFiguresPerStatementAndValueWithSelfManagerAndRates() {
        long views = audit.count(organisation(), "report.view");
        JsonPath report = report("leder@demo.pejling.dk", "leder@demo.pejling.dk");
        assertTrue(report.getBoolean("employeesShown"));
        assertEquals(11, report.getList("values").size());
        assertEquals("EMPLOYEE", report.getString("responseRates[0].group"));
        assertEquals(14, report.getInt("responseRates[0].invited"));
        assertEquals(11, report.getInt("responseRates[0].submitted"));
        assertEquals(79, report.getInt("responseRates[0].rate"));
        for (int v = 0; v < 11; v++) {
            String base = "values[" + v + "].";
            for (int s = 0; s < report.getList(base + "statements").size(); s++) {
                String st = base + "statements[" + s + "].";
                List<Integer> distribution = report.getList(st + "employees.distribution", Integer.class);
                assertEquals(5, distribution.size());
                int n = report.getInt(st + "employees.n");
                int dontKnow = report.getInt(st + "employees.dontKnow");
                assertEquals(n, distribution.stream().mapToInt(Integer::intValue).sum(), st);
                assertEquals(11, n + dontKnow, st);
                double mean = 0;
                for (int i = 0; i < 5; i++) {
                    mean += (i + 1) * distribution.get(i);
                }
                assertEquals(Math.round(mean / n * 10) / 10.0, report.getDouble(st + "employees.mean"), 0.001, st);
                assertNotNull(report.get(st + "self.score"), st);
                assertEquals(false, report.get(st + "self.anonymous"));
                Double self = report.getDouble(st + "self.score");
                assertEquals(Math.round((self - report.getDouble(st + "employees.mean")) * 10) / 10.0,
                        report.getDouble(st + "gap"), 0.001, st);
                assertNotNull(report.get(st + "benchmark"), st);
            }
        }
        assertEquals(3, report.getList("top").size());
        assertEquals(3, report.getList("bottom").size());
        assertTrue(report.getDouble("top[0].mean") >= report.getDouble("top[2].mean"));
        assertTrue(report.getDouble("bottom[0].mean") <= report.getDouble("bottom[2].mean"));
        assertTrue(report.getDouble("top[2].mean") >= report.getDouble("bottom[2].mean"));
        assertFalse(report.getList("blindSpots").isEmpty(), "Lars rates his communication above his employees");
        assertTrue(report.getList("blindSpots.gap", Double.class).stream().allMatch(g -> g >= 1.0));
        assertFalse(report.getList("hiddenStrengths").isEmpty());
        assertTrue(report.getList("hiddenStrengths.gap", Double.class).stream().allMatch(g -> g <= -1.0));
        List<String> stories = report.getList("values.stories.flatten().text", String.class);
        assertFalse(stories.isEmpty());
        assertNull(report.get("previousRound"), "the demo's first round has no earlier one");
        assertEquals(views + 1, audit.count(organisation(), "report.view"));
    }

    @Test
    void belowTheThresholdNoEmployeeFigureOrStoryButSelfAndManagerLabelled() {
        JsonPath report = report("birgitte.lund@demo.pejling.dk", "birgitte.lund@demo.pejling.dk");
        assertFalse(report.getBoolean("employeesShown"));
        assertFalse(report.getBoolean("storiesShown"));
        assertEquals(5, report.getInt("k"));
        assertTrue(report.getList("values.employees").stream().allMatch(e -> e == null));
        assertTrue(report.getList("values.statements.flatten().employees").stream().allMatch(e -> e == null));
        assertTrue(report.getList("values.stories.flatten()").isEmpty());
        assertTrue(report.getList("top").isEmpty());
        assertNull(report.get("responseRates[0].submitted"));
        assertNull(report.get("responseRates[0].rate"));
        assertEquals(3, report.getInt("responseRates[0].invited"));
        assertNotNull(report.get("values[0].statements[0].self.score"));
        assertNotNull(report.get("values[0].statements[0].manager"));
        assertEquals(false, report.get("values[0].statements[0].manager.anonymous"));
    }

    @Test
    void theBenchmarkIsHiddenFromAReaderWhoCouldSubtractTheReportsTheyReadFromIt() {
        // Mette reads the reports of all five leaders; Birgitte's is below k. Where every other report Mette reads
        // shows a statement, the organisation's figure minus those would be Birgitte's three employees: hidden.
        List<String> leaders = List.of("leder@demo.pejling.dk", "chef@demo.pejling.dk", "sofie.bach@demo.pejling.dk",
                "jens.mikkelsen@demo.pejling.dk");
        List<JsonPath> reports = leaders.stream().map(l -> report("chef@demo.pejling.dk", l)).toList();
        List<Object> benchmarks = reports.get(0).getList("values.statements.flatten().benchmark");
        int checked = 0;
        for (int i = 0; i < benchmarks.size(); i++) {
            int s = i;
            boolean everyoneShows = reports.stream()
                    .allMatch(r -> r.getList("values.statements.flatten().employees").get(s) != null);
            if (everyoneShows) {
                assertNull(benchmarks.get(i), "statement " + i + ": the rest would be Birgitte's three");
                checked++;
            }
        }
        assertTrue(checked > 30, "most statements are shown in every report: " + checked);
        JsonPath own = report("leder@demo.pejling.dk", "leder@demo.pejling.dk");
        assertTrue(own.getList("values.benchmark").stream().allMatch(b -> b != null), "own");
        assertTrue(own.getList("values.statements.flatten().benchmark").stream().allMatch(b -> b != null), "own");
    }

    @Test
    void theManagerReadsPerPolicyAndColleaguesAndHrDoNot() {
        assertEquals("Lars Holm Nielsen",
                report("chef@demo.pejling.dk", "leder@demo.pejling.dk").getString("leaderName"));
        String round = round(CLOSED);
        String lars = id("leder@demo.pejling.dk");
        long denied = audit.count(organisation(), "access.denied");
        for (String other : List.of("sofie.bach@demo.pejling.dk", "hr@demo.pejling.dk")) {
            given().auth().oauth2(Tokens.login(other)).get("/api/rounds/" + round + "/reports/" + lars)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(Tokens.login(other)).get("/api/rounds/" + round + "/reports/" + lars + "/pdf")
                    .then().statusCode(404);
            given().auth().oauth2(Tokens.login(other)).get("/api/rounds/" + round + "/reports/" + lars + "/plan")
                    .then().statusCode(404);
        }
        assertEquals(denied + 6, audit.count(organisation(), "access.denied"));
        // A leader cannot read their manager's report either.
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .get("/api/rounds/" + round + "/reports/" + id("chef@demo.pejling.dk")).then().statusCode(404);
        // Another organisation's HR: 404 for the report and the overview.
        String other = fixtures.otherOrganisationHrToken();
        given().auth().oauth2(other).get("/api/rounds/" + round + "/reports/" + lars).then().statusCode(404);
        given().auth().oauth2(other).get("/api/rounds/" + round + "/overview").then().statusCode(404);
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk")).get("/api/rounds/" + round + "/overview")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .get("/api/rounds/" + round + "/reports/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anOpenRoundsReportIs409SayingWhenItOpens() {
        given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .get("/api/rounds/" + round(OPEN) + "/reports/" + id("leder@demo.pejling.dk"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:pejling:problem:report-not-open"))
                .body("detail", containsString("when the round closes"));
        given().auth().oauth2(Tokens.login("hr@demo.pejling.dk")).get("/api/rounds/" + round(OPEN) + "/overview")
                .then().statusCode(409);
    }

    @Test
    void thePdfIsAnA4DocumentAndItsExportIsAudited() {
        long exports = audit.count(organisation(), "report.export");
        byte[] pdf = given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .get("/api/rounds/" + round(CLOSED) + "/reports/" + id("leder@demo.pejling.dk") + "/pdf")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));
        assertEquals(exports + 1, audit.count(organisation(), "report.export"));
    }

    @Test
    void theGuideHasTheQuestionsTheValuesAndTheDilemmasOfTheWeakestValues() {
        JsonPath guide = given().auth().oauth2(Tokens.login("leder@demo.pejling.dk"))
                .get("/api/rounds/" + round(CLOSED) + "/reports/" + id("leder@demo.pejling.dk") + "/guide")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Hvad vil du holde fast i?", "Hvad vil du gøre mere af – og mindre af?",
                "Hvad vil du øve dig i, alene og sammen med andre?"), guide.getList("questions"));
        assertEquals("EMPLOYEES", guide.getString("basis"));
        assertEquals(11, guide.getList("values").size());
        assertEquals(2, guide.getList("values.findAll { it.weak }").size());
        List<String> weak = guide.getList("values.findAll { it.weak }.title", String.class);
        assertFalse(guide.getList("dilemmas").isEmpty());
        for (Map<String, Object> d : guide.<Map<String, Object>>getList("dilemmas")) {
            @SuppressWarnings("unchecked")
            List<String> through = (List<String>) d.get("throughValues");
            assertTrue(weak.containsAll(through), d + " " + weak);
        }
        assertNotNull(guide.get("values[0].strongest.text"));
        assertTrue(guide.getDouble("values[0].strongest.mean") >= guide.getDouble("values[0].weakest.mean"));
    }

    @Test
    void theOverviewMasksTheUnitBelowTheThresholdAndShowsTheRest() {
        JsonPath overview = given().auth().oauth2(Tokens.login("hr@demo.pejling.dk"))
                .get("/api/rounds/" + round(CLOSED) + "/overview").then().statusCode(200).extract().jsonPath();
        assertEquals("Demo Kommune", overview.getString("rows[0].unitName"));
        assertEquals(37, overview.getInt("rows[0].submitted"));
        assertNull(overview.get("rows[0].masked"));
        Map<String, Object> sekretariatet = overview.<Map<String, Object>>getList("rows").stream()
                .filter(r -> r.get("unitName").equals("Sekretariatet")).findFirst().orElseThrow();
        assertEquals("BELOW_THRESHOLD", sekretariatet.get("masked"));
        assertTrue(((List<?>) sekretariatet.get("cells")).stream()
                .allMatch(c -> ((Map<?, ?>) c).get("mean") == null
                        && "BELOW_THRESHOLD".equals(((Map<?, ?>) c).get("masked"))));
        Map<String, Object> aeldre = overview.<Map<String, Object>>getList("rows").stream()
                .filter(r -> r.get("unitName").equals("Ældreplejen")).findFirst().orElseThrow();
        assertNull(aeldre.get("masked"));
        assertEquals(11, aeldre.get("submitted"));
        assertEquals(5, overview.getList("top").size());
        assertEquals(5, overview.getList("bottom").size());
    }

    @Test
    void statementQualityFlagsWhatEmployeesCannotObserveOrReadDifferently() {
        JsonPath quality = given().auth().oauth2(Tokens.login("hr@demo.pejling.dk"))
                .get("/api/rounds/" + round(CLOSED) + "/overview/statements").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(quality.getBoolean("shown"));
        assertEquals(37, quality.getInt("ballots"));
        List<Map<String, Object>> statements = quality.getList("values.statements.flatten()");
        Map<String, Object> ambassador = statements.stream()
                .filter(s -> s.get("text").equals("Min leder er ambassadør for vores arbejdsplads")).findFirst()
                .orElseThrow();
        assertTrue(((List<?>) ambassador.get("flags")).contains("CANNOT_OBSERVE"), ambassador.toString());
        assertTrue(((Number) ambassador.get("dontKnowRate")).doubleValue() > 20);
        Map<String, Object> split = statements.stream().filter(s -> s.get("text")
                .equals("Min leder tager hensyn til den enkeltes situation, når opgaverne fordeles")).findFirst()
                .orElseThrow();
        assertTrue(((List<?>) split.get("flags")).contains("HIGH_SPREAD"), split.toString());
        assertNotNull(quality.get("values[0].alpha"));
        List<Double> alphas = quality.getList("values.alpha", Double.class);
        // The demo's answers agree within each value (as real ones mostly do), so every alpha is positive.
        assertTrue(alphas.stream().allMatch(a -> a != null && a > 0 && a <= 1.0), alphas.toString());
    }

    @Test
    void exportsHoldTheSameMaskedAggregatesAsCsvAndXlsx() throws Exception {
        String round = round(CLOSED);
        String csv = new String(given().auth().oauth2(Tokens.login("hr@demo.pejling.dk"))
                .get("/api/rounds/" + round + "/overview/export?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv"))
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFEnhed;Niveau;Inviterede;Besvarelser;Svarprocent;"), csv.substring(0, 80));
        String sekretariatet = csv.lines().filter(l -> l.startsWith("Sekretariatet;")).findFirst().orElseThrow();
        assertTrue(sekretariatet.endsWith("Under anonymitetsgrænsen"), sekretariatet);
        assertFalse(sekretariatet.matches(".*;[0-9],[0-9];.*"), "no mean for a masked unit: " + sekretariatet);
        assertTrue(csv.contains("Min leder er ambassadør for vores arbejdsplads"));
        assertTrue(csv.contains(";Antal svar;") && csv.contains(";Spredning;Sammenhæng med de øvrige udsagn;"),
                csv.substring(0, 200));
        // docs/glossary.md: no codes (n, SD, item-rest) in the Danish headers and no other word for the threshold.
        assertEquals(List.of(), dk.pejling.testing.DanishTextRules.violations(csv));

        byte[] xlsx = given().auth().oauth2(Tokens.login("hr@demo.pejling.dk"))
                .get("/api/rounds/" + round + "/overview/export?format=xlsx").then().statusCode(200)
                .contentType(OverviewResource.XLSX).extract().asByteArray();
        try (var workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Overblik", "Udsagn"), sheets);
            var rows = workbook.getFirstSheet().read();
            assertEquals("Enhed", rows.get(0).getCellText(0));
            assertEquals("Demo Kommune", rows.get(1).getCellText(0));
        }
        given().auth().oauth2(Tokens.login("hr@demo.pejling.dk"))
                .get("/api/rounds/" + round + "/overview/export?format=pdf")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    @Test
    void exportsAreLimitedPerPersonWith429AndRetryAfter() {
        String other = fixtures.otherOrganisationHrToken();
        String path = "/api/rounds/" + UUID.randomUUID() + "/overview/export?format=csv";
        for (int i = 0; i < org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("pejling.limits.export.max", Integer.class); i++) {
            given().auth().oauth2(other).get(path).then().statusCode(404);
        }
        given().auth().oauth2(other).get(path).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:pejling:problem:too-many-requests"));
        // Reading is not limited.
        given().auth().oauth2(other).get("/api/reports").then().statusCode(200);
    }

    private UUID organisation() {
        return orgs.organisationBySlug("demo").orElseThrow().id();
    }

}
