package dk.pejling.reports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.common.Role;
import dk.pejling.survey.Results;
import dk.pejling.testing.Counted;
import dk.pejling.testing.TestOrganisation;
import dk.pejling.testing.TestOrganisation.Built;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * An adversary who sees everything a reader sees. For random organisations, rounds (one, or two for the trend),
 * settings, answers with and without "ved ikke", and reorganisations between launch and close, it logs in as every
 * kind of reader — each leader, each manager, HR with or without the reports — and takes every figure it can get
 * from every endpoint: the list of reports, each report, guide and PDF, the overview, statement quality, top and
 * bottom, and the CSV export. Each figure is checked against the answers the test gave (so that its scope, the
 * answers it covers, is known for certain), then written as equations over the answers; {@link LeakChecker} looks
 * for a group of 1 to k-1 employees that they pin down. {@code -Dadversary.rounds=N} sets how many random
 * organisations (6 by default; the nightly profile runs many more).
 */
@QuarkusTest
class AdversaryTest {

    static final int SCENARIOS = Integer.getInteger("adversary.rounds", 6);
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d,])(\\d),(\\d)(?![\\d,])");

    @Inject
    TestOrganisation organisations;

    @Inject
    Results results;

    private final Set<String> pdfChecked = new HashSet<>();
    /** Figures of leader colleagues collected over all scenarios, printed so that a run shows it covered them. */
    private static int colleagueFigures;

    /** What the test knows for certain: who answered what. */
    static final class World {
        final Random random;
        final Built o;
        int k;
        final List<String> units = new ArrayList<>();
        final Map<String, String> unitParent = new HashMap<>();
        final List<String> leaders = new ArrayList<>();
        final Map<String, String> leaderUnit = new HashMap<>();
        final Map<String, String> leaderManager = new HashMap<>();
        final Map<String, List<String>> employees = new HashMap<>();
        /** The organisation as it is now (a reorganisation changes these, not the originals). */
        Map<String, String> parentsNow;
        Map<String, String> managersNow;
        /** Per statement index of the framework. */
        int statements;
        List<Integer> valueSizes = new ArrayList<>();
        final List<Round> rounds = new ArrayList<>();

        World(Random random, Built o) {
            this.random = random;
            this.o = o;
        }

        String csv(Map<String, String> parents, Map<String, String> managers) {
            StringBuilder csv = new StringBuilder("Rådhuset;;Mette Kjær;mette@dom;;manager leader\n");
            for (String unit : units) {
                csv.append(unit).append(';').append(parents.get(unit)).append(";;;;\n");
            }
            for (String leader : leaders) {
                csv.append(leaderUnit.get(leader)).append(";;Leder ").append(leader).append(';').append(leader)
                        .append("@dom;").append(managers.get(leader)).append("@dom;leader")
                        .append(leaders.stream().anyMatch(l -> managers.get(l).equals(leader)) ? " manager" : "")
                        .append('\n');
                for (String e : employees.get(leader)) {
                    csv.append(leaderUnit.get(leader)).append(";;Medarbejder ").append(e).append(';').append(e)
                            .append("@dom;").append(leader).append("@dom;\n");
                }
            }
            return csv.toString();
        }
    }

    /** A round as answered: per employee ballot, the leader and a score per statement (null: "ved ikke"). */
    record Round(String id, List<String> evaluees, List<String> ballotLeader, List<List<Integer>> scores,
            Map<String, String> parentsAtLaunch) {
    }

    @Test
    void noReaderCanPinDownTheAnswersOfASmallGroupFromEverythingTheyCanObtain() {
        long base = Long.getLong("adversary.seed", System.nanoTime());
        for (int i = 0; i < SCENARIOS; i++) {
            long seed = base + i;
            try {
                scenario(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Scenario seed " + seed + " (-Dadversary.seed=" + seed
                        + " -Dadversary.rounds=1): " + e.getMessage(), e);
            }
        }
        System.out.printf("Adversary: %d scenarios from seed %d, %d figures of leader colleagues among them%n",
                SCENARIOS, base, colleagueFigures);
    }

    void scenario(long seed) {
        Random random = new Random(seed);
        World w = new World(random, organisations.create());
        int unitCount = 1 + random.nextInt(4);
        for (int u = 0; u < unitCount; u++) {
            String unit = "Enhed " + (u + 1);
            w.units.add(unit);
            w.unitParent.put(unit, u == 0 || random.nextBoolean() ? "Rådhuset" : w.units.get(random.nextInt(u)));
        }
        int leaderCount = 2 + random.nextInt(4);
        for (int l = 0; l < leaderCount; l++) {
            String leader = "l" + l;
            w.leaders.add(leader);
            w.leaderUnit.put(leader, w.units.get(random.nextInt(unitCount)));
            w.leaderManager.put(leader, l == 0 || random.nextInt(3) == 0 ? "mette" : w.leaders.get(random.nextInt(l)));
            List<String> team = new ArrayList<>();
            int size = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 3 + random.nextInt(6);
            for (int e = 0; e < size; e++) {
                team.add(leader + "e" + e);
            }
            w.employees.put(leader, team);
        }
        w.o.importCsv(w.csv(w.unitParent, w.leaderManager));
        w.parentsNow = new HashMap<>(w.unitParent);
        w.managersNow = new HashMap<>(w.leaderManager);
        int values = 2 + random.nextInt(2);
        int[] sizes = new int[values];
        for (int v = 0; v < values; v++) {
            sizes[v] = 1 + random.nextInt(3);
            w.valueSizes.add(sizes[v]);
            w.statements += sizes[v];
        }
        String framework = w.o.framework("Grundlag", sizes).getString("id");
        w.k = 3 + random.nextInt(3);
        int rounds = 1 + random.nextInt(2);
        for (int r = 0; r < rounds; r++) {
            Map<String, Object> settings = new HashMap<>();
            settings.put("k", w.k);
            // Leader colleagues, when asked, share the threshold, so that one checker covers both groups.
            settings.put("kPeer", w.k);
            boolean peers = random.nextBoolean();
            settings.put("hrAccess", random.nextBoolean() ? "REPORT" : "NONE");
            settings.put("managerAccess", random.nextInt(4) == 0 ? "NONE" : "REPORT");
            settings.put("includeSelf", random.nextBoolean());
            settings.put("includeManager", random.nextBoolean());
            List<String> evaluees = new ArrayList<>(w.leaders);
            if (random.nextBoolean()) {
                evaluees.add("mette");
            }
            String id = w.o.launch(framework, "Runde " + (r + 1), settings, evaluees, draft -> {
                if (peers) {
                    given().auth().oauth2(w.o.hr).post("/api/rounds/" + draft + "/peer-defaults").then()
                            .statusCode(200);
                    // Colleagues around the threshold: people of other teams, so that colleague figures show for
                    // some leaders and not for others.
                    for (String leader : w.leaders) {
                        List<String> others = new ArrayList<>();
                        w.employees.forEach((l, team) -> {
                            if (!l.equals(leader)) {
                                others.addAll(team);
                            }
                        });
                        Collections.shuffle(others, random);
                        int n = Math.min(others.size(), w.k - 1 + random.nextInt(4));
                        List<String> ids = others.subList(0, n).stream().map(p -> w.o.person(p).toString()).toList();
                        given().auth().oauth2(w.o.hr).contentType("application/json").body(Map.of("personIds", ids))
                                .put("/api/rounds/" + draft + "/evaluees/" + w.o.person(leader) + "/peers").then()
                                .statusCode(200);
                    }
                }
            });
            Round round = answer(w, id, evaluees);
            w.rounds.add(round);
            if (random.nextBoolean()) {
                reorganise(w);
            }
            w.o.close(id);
            Counted.await(results, id);
        }
        List<Reader> readers = new ArrayList<>();
        readers.add(new Reader("hr", true, w.o.token("hr", Role.hr, Role.admin)));
        readers.add(new Reader("mette", false, w.o.token("mette", Role.manager, Role.leader)));
        for (String leader : w.leaders) {
            readers.add(new Reader(leader, false, w.o.token(leader, Role.leader, Role.manager)));
        }
        for (Reader reader : readers) {
            attack(w, reader);
        }
    }

    /** HR moves a unit and names itself a leader's manager: nothing of a launched round may follow. */
    private static void reorganise(World w) {
        String moved = w.units.get(w.random.nextInt(w.units.size()));
        w.parentsNow.put(moved, "Rådhuset");
        w.managersNow.put(w.leaders.get(w.random.nextInt(w.leaders.size())), "hr");
        w.o.importCsv(w.csv(w.parentsNow, w.managersNow));
    }

    private static Round answer(World w, String id, List<String> evaluees) {
        List<String> ballotLeader = new ArrayList<>();
        List<List<Integer>> scores = new ArrayList<>();
        Map<String, double[]> dontKnow = new HashMap<>();
        for (String evaluee : evaluees) {
            for (String leader : List.of(evaluee, "peer:" + evaluee)) {
                double[] rates = new double[w.statements];
                for (int s = 0; s < w.statements; s++) {
                    double[] levels = {0, 0, 0.15, 0.5};
                    rates[s] = levels[w.random.nextInt(levels.length)];
                }
                dontKnow.put(leader, rates);
            }
        }
        for (Map.Entry<String, String> link : w.o.linksByLeader(id).entrySet()) {
            String[] key = link.getKey().split("/");
            String group = key[0];
            String about = key[2].equals("Mette Kjær") ? "mette" : key[2].substring("Leder ".length());
            List<Integer> answer = new ArrayList<>();
            // Employees' and leader colleagues' ballots are the anonymous ones; a colleague's count as the group
            // "peer:<leader>", so that no employee figure can include them without the test seeing it.
            String leader = group.equals("EMPLOYEE") ? about : group.equals("PEER") ? "peer:" + about : null;
            if (leader != null && w.random.nextInt(7) == 0) {
                continue;
            }
            for (int s = 0; s < w.statements; s++) {
                boolean dk = leader != null && w.random.nextDouble() < dontKnow.get(leader)[s];
                answer.add(dk ? null : 1 + w.random.nextInt(5));
            }
            assertEquals(201, TestOrganisation.submit(link.getValue(), answer, null), link.getKey());
            if (leader != null) {
                ballotLeader.add(leader);
                scores.add(answer);
            }
        }
        return new Round(id, evaluees, ballotLeader, scores, new HashMap<>(w.parentsNow));
    }

    record Reader(String name, boolean hr, String token) {
    }

    /** A figure: its scope (round, leaders, statements) and what it said (null parts were not shown). */
    record Figure(String label, int round, Set<String> leaders, List<Integer> statements, Integer n, Double mean,
            Integer dontKnow, List<Integer> distribution) {
    }

    private void attack(World w, Reader reader) {
        List<Figure> figures = new ArrayList<>();
        JsonPath list = given().auth().oauth2(reader.token()).get("/api/reports").then().statusCode(200).extract()
                .jsonPath();
        for (int r = 0; r < w.rounds.size(); r++) {
            Round round = w.rounds.get(r);
            for (String leader : round.evaluees()) {
                String leaderId = w.o.person(leader).toString();
                boolean listed = list.getList("findAll { it.roundId == '" + round.id() + "' && it.leaderId == '"
                        + leaderId + "' }").size() == 1;
                int status = given().auth().oauth2(reader.token())
                        .get("/api/rounds/" + round.id() + "/reports/" + leaderId).statusCode();
                assertEquals(listed, status == 200, reader.name() + " lists what it reads (" + leader + ")");
                if (status == 200) {
                    report(w, reader, r, leader, leaderId, figures);
                } else {
                    assertEquals(404, status);
                }
            }
            if (reader.hr()) {
                overview(w, reader, r, figures);
            }
        }
        checkLeaks(w, reader, figures);
    }

    private void report(World w, Reader reader, int r, String leader, String leaderId, List<Figure> figures) {
        Round round = w.rounds.get(r);
        String path = "/api/rounds/" + round.id() + "/reports/" + leaderId;
        JsonPath report = given().auth().oauth2(reader.token()).get(path).then().statusCode(200).extract().jsonPath();
        Set<String> decimals = new HashSet<>();
        Set<String> all = new HashSet<>(round.evaluees());
        int first = 0;
        for (int v = 0; v < w.valueSizes.size(); v++) {
            List<Integer> statements = range(first, w.valueSizes.get(v));
            String value = "values[" + v + "]";
            add(figures, r, "report " + leader + " value " + v, Set.of(leader), statements, report,
                    value + ".employees");
            add(figures, r, "report " + leader + " colleagues value " + v, Set.of("peer:" + leader), statements, report,
                    value + ".peers");
            benchmark(figures, r, reader.name() + " benchmark value " + v, all, statements,
                    report.get(value + ".benchmark"));
            trend(w, figures, r, leader, statements, report.get(value + ".trend.previousMean"));
            for (int p = 0; p < statements.size(); p++) {
                String statement = value + ".statements[" + p + "]";
                add(figures, r, "report " + leader + " statement " + statements.get(p), Set.of(leader),
                        List.of(statements.get(p)), report, statement + ".employees");
                add(figures, r, "report " + leader + " colleagues statement " + statements.get(p),
                        Set.of("peer:" + leader), List.of(statements.get(p)), report, statement + ".peers");
                benchmark(figures, r, "benchmark statement " + statements.get(p), all, List.of(statements.get(p)),
                        report.get(statement + ".benchmark"));
                trend(w, figures, r, leader, List.of(statements.get(p)), report.get(statement + ".trend.previousMean"));
            }
            first += w.valueSizes.get(v);
        }
        collectDecimals(report.prettify(), decimals);
        // The guide and the PDF show no figure the report does not.
        String guide = given().auth().oauth2(reader.token()).get(path + "/guide").then().statusCode(200).extract()
                .asString();
        Set<String> guideDecimals = new HashSet<>();
        collectDecimals(guide, guideDecimals);
        assertTrue(decimals.containsAll(guideDecimals), "the guide shows " + guideDecimals + " beyond " + decimals);
        if (!pdfChecked.add(reader.name() + "/" + r)) {
            return;
        }
        // One PDF per reader and round: it is the report laid out, and rendering is the slow part.
        byte[] pdf = given().auth().oauth2(reader.token()).get(path + "/pdf").then().statusCode(200).extract()
                .asByteArray();
        Set<String> pdfDecimals = new HashSet<>();
        Matcher m = DECIMAL.matcher(pdfText(pdf));
        while (m.find()) {
            pdfDecimals.add(m.group(1) + "." + m.group(2));
        }
        assertTrue(decimals.containsAll(pdfDecimals), "the PDF shows " + pdfDecimals + " beyond " + decimals);
    }

    private void overview(World w, Reader reader, int r, List<Figure> figures) {
        Round round = w.rounds.get(r);
        JsonPath overview = given().auth().oauth2(reader.token()).get("/api/rounds/" + round.id() + "/overview")
                .then().statusCode(200).extract().jsonPath();
        JsonPath quality = given().auth().oauth2(reader.token())
                .get("/api/rounds/" + round.id() + "/overview/statements").then().statusCode(200).extract().jsonPath();
        List<String> statementIds = quality.getList("values.statements.flatten().statementId", String.class);
        int rows = overview.getList("rows").size();
        for (int i = 0; i < rows; i++) {
            String unit = overview.get("rows[" + i + "].unitId") == null ? null
                    : overview.getString("rows[" + i + "].unitName");
            Set<String> leaders = new HashSet<>();
            for (String leader : round.evaluees()) {
                // The tree as it was at launch: the test's own record of it.
                String at = leader.equals("mette") ? "Rådhuset" : w.leaderUnit.get(leader);
                while (at != null && unit != null && !at.equals(unit)) {
                    at = round.parentsAtLaunch().get(at);
                }
                if (unit == null || at != null) {
                    leaders.add(leader);
                }
            }
            int first = 0;
            for (int v = 0; v < w.valueSizes.size(); v++) {
                String cell = "rows[" + i + "].cells[" + v + "]";
                Integer n = overview.get(cell + ".n");
                if (n != null) {
                    figures.add(new Figure("overview " + unit + " value " + v, r, leaders,
                            range(first, w.valueSizes.get(v)), n, number(overview.get(cell + ".mean")), null, null));
                }
                first += w.valueSizes.get(v);
            }
        }
        Set<String> all = new HashSet<>(round.evaluees());
        int first = 0;
        for (int v = 0; v < w.valueSizes.size(); v++) {
            for (int p = 0; p < w.valueSizes.get(v); p++) {
                String statement = "values[" + v + "].statements[" + p + "]";
                Integer n = quality.get(statement + ".n");
                if (n != null) {
                    figures.add(new Figure("quality statement " + (first + p), r, all, List.of(first + p), n,
                            number(quality.get(statement + ".mean")), quality.get(statement + ".dontKnow"), null));
                }
            }
            first += w.valueSizes.get(v);
        }
        for (String list : List.of("top", "bottom")) {
            for (Map<String, Object> s : overview.<Map<String, Object>>getList(list)) {
                int index = statementIds.indexOf((String) s.get("statementId"));
                assertTrue(index >= 0);
                figures.add(new Figure(list, r, all, List.of(index), (Integer) s.get("n"), number(s.get("mean")), null,
                        null));
            }
        }
        String csv = new String(given().auth().oauth2(reader.token())
                .get("/api/rounds/" + round.id() + "/overview/export?format=csv").then().statusCode(200).extract()
                .asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        Set<String> csvDecimals = new HashSet<>();
        Matcher m = DECIMAL.matcher(csv);
        while (m.find()) {
            csvDecimals.add(m.group(1) + "." + m.group(2));
        }
        Set<String> shown = new HashSet<>();
        collectDecimals(overview.prettify() + quality.prettify(), shown);
        assertTrue(shown.containsAll(csvDecimals), "the export shows " + csvDecimals + " beyond " + shown);
    }

    private static void add(List<Figure> figures, int round, String label, Set<String> leaders,
            List<Integer> statements, JsonPath json, String path) {
        if (json.get(path) == null) {
            return;
        }
        if (path.endsWith(".peers")) {
            colleagueFigures++;
        }
        figures.add(new Figure(label, round, leaders, statements, json.get(path + ".n"),
                number(json.get(path + ".mean")), json.get(path + ".dontKnow"), json.getList(path + ".distribution",
                        Integer.class)));
    }

    private static void benchmark(List<Figure> figures, int round, String label, Set<String> leaders,
            List<Integer> statements, Object mean) {
        if (mean != null) {
            figures.add(new Figure(label, round, leaders, statements, null, number(mean), null, null));
        }
    }

    /** A trend is the same leader's figure in the round before (same statements; the framework is the same). */
    private static void trend(World w, List<Figure> figures, int round, String leader, List<Integer> statements,
            Object previousMean) {
        if (previousMean != null) {
            assertTrue(round > 0, "a trend in the first round");
            figures.add(new Figure("trend " + leader, round - 1, Set.of(leader), statements, null,
                    number(previousMean), null, null));
        }
    }

    private void checkLeaks(World w, Reader reader, List<Figure> figures) {
        // Cells: every employee answer of every round, numbered.
        List<int[]> cellOwner = new ArrayList<>();
        Map<String, Integer> cellIndex = new LinkedHashMap<>();
        List<Boolean> scored = new ArrayList<>();
        int ballots = 0;
        for (int r = 0; r < w.rounds.size(); r++) {
            Round round = w.rounds.get(r);
            for (int b = 0; b < round.scores().size(); b++) {
                for (int s = 0; s < w.statements; s++) {
                    cellIndex.put(r + "/" + b + "/" + s, cellOwner.size());
                    cellOwner.add(new int[] {ballots});
                    scored.add(round.scores().get(b).get(s) != null);
                }
                ballots++;
            }
        }
        int[] ballotOfCell = cellOwner.stream().mapToInt(c -> c[0]).toArray();
        boolean[] scoredCell = new boolean[scored.size()];
        for (int i = 0; i < scoredCell.length; i++) {
            scoredCell[i] = scored.get(i);
        }
        LeakChecker checker = new LeakChecker(ballotOfCell, scoredCell, w.k);
        for (Figure f : figures) {
            Round round = w.rounds.get(f.round());
            List<Integer> cells = new ArrayList<>();
            List<Integer> scores = new ArrayList<>();
            int dontKnow = 0;
            Set<Integer> scoringBallots = new HashSet<>();
            for (int b = 0; b < round.scores().size(); b++) {
                if (!f.leaders().contains(round.ballotLeader().get(b))) {
                    continue;
                }
                for (int s : f.statements()) {
                    cells.add(cellIndex.get(f.round() + "/" + b + "/" + s));
                    Integer score = round.scores().get(b).get(s);
                    if (score == null) {
                        dontKnow++;
                    } else {
                        scores.add(score);
                        scoringBallots.add(b);
                    }
                }
            }
            // The figure is what the answers say over its scope: the scope is known for certain.
            assertEquals(mean(scores), f.mean(), reader.name() + ": " + f.label() + " mean");
            if (f.n() != null) {
                assertEquals(f.statements().size() == 1 ? scores.size() : scoringBallots.size(), f.n().intValue(),
                        reader.name() + ": " + f.label() + " n");
            }
            if (f.dontKnow() != null) {
                assertEquals(dontKnow, f.dontKnow().intValue(), reader.name() + ": " + f.label() + " ved ikke");
            }
            checker.figure(f.label(), cells.stream().mapToInt(Integer::intValue).toArray());
        }
        var leak = checker.leak();
        assertFalse(checker.exhausted(), "the search did not finish");
        assertTrue(leak.isEmpty(), () -> reader.name() + " (" + figures.size() + " figures) pins down " + leak.get());
    }

    private static Double mean(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(scores.size()), 12, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double number(Object value) {
        // JSON numbers arrive as floats; their decimal text is the figure as shown.
        return value == null ? null : Double.parseDouble(value.toString());
    }

    private static List<Integer> range(int first, int count) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(first + i);
        }
        return list;
    }

    private static void collectDecimals(String text, Set<String> out) {
        Matcher m = Pattern.compile("(?<![\\d.])(\\d)\\.(\\d)(?![\\d])").matcher(text);
        while (m.find()) {
            out.add(m.group(1) + "." + m.group(2));
        }
    }

    private static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
