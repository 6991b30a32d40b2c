package dk.pejling.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.StatementDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.framework.VersionStatus;
import dk.pejling.reports.ReportApi.MaskReason;
import dk.pejling.reports.ResultQueries.CountRow;
import dk.pejling.reports.ResultQueries.EvalueeRow;
import dk.pejling.reports.ResultQueries.PatternRow;
import dk.pejling.reports.ResultQueries.RoundRow;
import dk.pejling.reports.ResultQueries.StatementRow;
import dk.pejling.reports.ResultQueries.UnitRow;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.rounds.RoundStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The disclosure rules against the adversary's arithmetic, over random rounds: unit trees of any shape, leaders with
 * small and large teams placed anywhere in them, values of one to four statements, "ved ikke" from none to most, and
 * readers of every kind (a leader, a manager of some leaders, HR with or without the reports). For each, every figure
 * the plan shows becomes an equation over the answers, and {@link LeakChecker} looks for a group of 1 to k-1 ballots
 * (or scoring ballots) that the equations pin down. The endpoints themselves are attacked in
 * {@code AdversaryTest}; this checks the rules on many more rounds than the endpoints could serve in a build.
 */
class DisclosurePropertyTest {

    /** A generated round with its answers: per ballot, the evaluee and a score per statement (0 = "ved ikke"). */
    record Scenario(RoundResults results, int[] ballotEvaluee, int[][] scores, List<Integer> valueSizes,
            Map<UUID, UUID> unitParent, List<UUID> evalueeUnit) {
    }

    @Property(tries = 3000)
    void noReaderCanPinDownTheAnswersOfFewerThanKEmployees(@ForAll long seed) {
        check(seed);
    }

    static void check(long seed) {
        Random random = new Random(seed);
        Scenario scenario = scenario(random);
        RoundResults r = scenario.results();
        Disclosure.Tree tree = Disclosure.tree(r);
        Set<Integer> readable = new HashSet<>();
        for (int e = 0; e < r.evaluees.size(); e++) {
            if (random.nextInt(3) > 0) {
                readable.add(e);
            }
        }
        boolean overview = random.nextBoolean();
        Disclosure.Plan plan = Disclosure.plan(r, tree, new Disclosure.Reader(readable, overview));
        LeakChecker checker = checker(scenario, plan, readable, overview);
        Optional<LeakChecker.Leak> leak = checker.leak();
        assertFalse(checker.exhausted(), "the search did not finish (seed " + seed + ")");
        assertTrue(leak.isEmpty(), () -> "seed " + seed + " k " + r.round.k() + ": " + leak.get());
    }

    /**
     * The nightly run: {@code -Ddisclosure.seeds=100000 -Ddisclosure.size=8} checks that many rounds, with trees and
     * teams up to nine units and nine leaders (the {@code nightly} Maven profile sets both).
     */
    @Test
    @EnabledIfSystemProperty(named = "disclosure.seeds", matches = "\\d+")
    void noReaderCanPinDownASmallGroupOverManyMoreRounds() {
        long seeds = Long.getLong("disclosure.seeds");
        long first = Long.getLong("disclosure.first", System.nanoTime());
        for (long seed = first; seed < first + seeds; seed++) {
            check(seed);
        }
    }

    @Property(tries = 1000)
    void shownFiguresMeetTheThreshold(@ForAll long seed) {
        Random random = new Random(seed);
        Scenario scenario = scenario(random);
        RoundResults r = scenario.results();
        int k = r.round.k();
        Set<Integer> readable = new HashSet<>();
        for (int e = 0; e < r.evaluees.size(); e++) {
            readable.add(e);
        }
        Disclosure.Plan plan = Disclosure.plan(r, Disclosure.tree(r), new Disclosure.Reader(readable, true));
        for (int e = 0; e < r.evaluees.size(); e++) {
            for (int s = 0; s < r.statements.size(); s++) {
                if (plan.leaderStatement[e][s] == null) {
                    assertTrue(r.employees(e, s).scored() >= k && r.employeeBallots(e) >= k, "seed " + seed);
                }
            }
        }
        for (int s = 0; s < r.statements.size(); s++) {
            if (plan.rootStatement[s] == null) {
                assertTrue(ReportService.organisation(r, s).scored() >= k, "seed " + seed);
            }
        }
        for (int e = 0; e < r.evaluees.size(); e++) {
            if (!plan.reportShown[e]) {
                for (int s = 0; s < r.statements.size(); s++) {
                    assertTrue(plan.leaderStatement[e][s] != null, "below k nothing is shown");
                }
            }
        }
    }

    @Property(tries = 300)
    void aReaderWithoutTheOverviewSeesNoUnitAndNobodySeesMoreForBeingHr(@ForAll long seed) {
        Scenario scenario = scenario(new Random(seed));
        RoundResults r = scenario.results();
        Disclosure.Plan plan = Disclosure.plan(r, Disclosure.tree(r), new Disclosure.Reader(Set.of(), false));
        plan.unitValue.values().forEach(masks -> {
            for (MaskReason m : masks) {
                assertTrue(m != null);
            }
        });
        for (MaskReason m : plan.rootStatement) {
            assertTrue(m != null, "no report and no overview: no organisation figure either");
        }
        for (int e = 0; e < r.evaluees.size(); e++) {
            assertFalse(plan.reportShown[e]);
        }
    }

    // ---- the adversary's equations for a plan ----

    static LeakChecker checker(Scenario scenario, Disclosure.Plan plan, Set<Integer> readable, boolean overview) {
        RoundResults r = scenario.results();
        int statements = r.statements.size();
        int ballots = scenario.ballotEvaluee().length;
        int[] ballotOfCell = new int[ballots * statements];
        boolean[] scoredCell = new boolean[ballots * statements];
        for (int b = 0; b < ballots; b++) {
            for (int s = 0; s < statements; s++) {
                ballotOfCell[b * statements + s] = b;
                scoredCell[b * statements + s] = scenario.scores()[b][s] > 0;
            }
        }
        LeakChecker checker = new LeakChecker(ballotOfCell, scoredCell, r.round.k());
        for (int e : readable) {
            if (!plan.reportShown[e]) {
                continue;
            }
            for (int s = 0; s < statements; s++) {
                if (plan.leaderStatement[e][s] == null) {
                    checker.figure("report " + e + " statement " + s, cells(scenario, Set.of(e), List.of(s)));
                }
            }
            for (RoundResults.Value v : r.values) {
                if (plan.leaderValue[e][v.index()] == null) {
                    checker.figure("report " + e + " value " + v.index(), cells(scenario, Set.of(e), statementsOf(v)));
                }
            }
        }
        Set<Integer> everyone = new HashSet<>();
        for (int e = 0; e < r.evaluees.size(); e++) {
            everyone.add(e);
        }
        for (int s = 0; s < statements; s++) {
            if (plan.rootStatement[s] == null) {
                checker.figure("organisation statement " + s, cells(scenario, everyone, List.of(s)));
            }
        }
        for (RoundResults.Value v : r.values) {
            if (plan.rootValue[v.index()] == null) {
                checker.figure("organisation value " + v.index(), cells(scenario, everyone, statementsOf(v)));
            }
            if (overview) {
                for (Map.Entry<UUID, MaskReason[]> unit : plan.unitValue.entrySet()) {
                    if (unit.getValue()[v.index()] == null) {
                        checker.figure("unit " + unit.getKey() + " value " + v.index(),
                                cells(scenario, under(scenario, unit.getKey()), statementsOf(v)));
                    }
                }
            }
        }
        return checker;
    }

    private static List<Integer> statementsOf(RoundResults.Value v) {
        List<Integer> list = new ArrayList<>();
        for (int s = v.first(); s < v.first() + v.count(); s++) {
            list.add(s);
        }
        return list;
    }

    /** The evaluees whose unit (at launch) is the given unit or below it. */
    private static Set<Integer> under(Scenario scenario, UUID unit) {
        Set<Integer> result = new HashSet<>();
        for (int e = 0; e < scenario.evalueeUnit().size(); e++) {
            for (UUID u = scenario.evalueeUnit().get(e); u != null; u = scenario.unitParent().get(u)) {
                if (u.equals(unit)) {
                    result.add(e);
                    break;
                }
            }
        }
        return result;
    }

    private static int[] cells(Scenario scenario, Set<Integer> evaluees, List<Integer> statements) {
        int count = scenario.results().statements.size();
        List<Integer> cells = new ArrayList<>();
        for (int b = 0; b < scenario.ballotEvaluee().length; b++) {
            if (evaluees.contains(scenario.ballotEvaluee()[b])) {
                for (int s : statements) {
                    cells.add(b * count + s);
                }
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- random rounds ----

    /** The largest number of units and leaders, minus one. {@code -Ddisclosure.size=} widens the search. */
    static final int SIZE = Integer.getInteger("disclosure.size", 5);

    static Scenario scenario(Random random) {
        int k = 3 + random.nextInt(3);
        List<ValueDto> values = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int valueCount = 1 + random.nextInt(3);
        for (int v = 0; v < valueCount; v++) {
            int size = 1 + random.nextInt(4);
            sizes.add(size);
            List<StatementDto> statements = new ArrayList<>();
            for (int s = 0; s < size; s++) {
                statements.add(new StatementDto(UUID.randomUUID(), UUID.randomUUID(), "Udsagn " + v + "." + s,
                        "Jeg " + v + "." + s, null, null));
            }
            values.add(new ValueDto(UUID.randomUUID(), "Værdi " + v, null, null, null, null, statements, null, null));
        }
        FrameworkDto framework = new FrameworkDto(UUID.randomUUID(), UUID.randomUUID(), 1, VersionStatus.PUBLISHED,
                "Grundlag", null, null, null, null, null, values, List.of());
        int statementCount = sizes.stream().mapToInt(Integer::intValue).sum();

        List<UnitRow> units = new ArrayList<>();
        Map<UUID, UUID> parent = new HashMap<>();
        int unitCount = random.nextInt(SIZE + 1);
        for (int u = 0; u < unitCount; u++) {
            UUID id = UUID.randomUUID();
            UUID p = units.isEmpty() || random.nextInt(3) == 0 ? null
                    : units.get(random.nextInt(units.size())).unitId();
            parent.put(id, p);
            units.add(new UnitRow(id, p, "Enhed " + u));
        }
        int evalueeCount = 1 + random.nextInt(SIZE + 1);
        List<EvalueeRow> evaluees = new ArrayList<>();
        List<UUID> evalueeUnit = new ArrayList<>();
        for (int e = 0; e < evalueeCount; e++) {
            UUID unit = units.isEmpty() || random.nextInt(5) == 0 ? null
                    : units.get(random.nextInt(units.size())).unitId();
            evalueeUnit.add(unit);
            evaluees.add(new EvalueeRow(UUID.randomUUID(), UUID.randomUUID(), "Leder " + e, unit, null, null, null));
        }
        // Teams: mostly small, so that thresholds and differences matter; "ved ikke" from never to mostly.
        List<Integer> ballotEvaluee = new ArrayList<>();
        List<int[]> scores = new ArrayList<>();
        double[][] dontKnow = new double[evalueeCount][statementCount];
        for (int e = 0; e < evalueeCount; e++) {
            for (int s = 0; s < statementCount; s++) {
                double[] levels = {0, 0, 0.1, 0.3, 0.6};
                dontKnow[e][s] = levels[random.nextInt(levels.length)];
            }
            int team = random.nextInt(4) == 0 ? random.nextInt(20) : random.nextInt(k + 4);
            for (int b = 0; b < team; b++) {
                ballotEvaluee.add(e);
                int[] answer = new int[statementCount];
                for (int s = 0; s < statementCount; s++) {
                    answer[s] = random.nextDouble() < dontKnow[e][s] ? 0 : 1 + random.nextInt(5);
                }
                scores.add(answer);
            }
        }
        List<StatementRow> statementRows = new ArrayList<>();
        List<PatternRow> patternRows = new ArrayList<>();
        List<CountRow> countRows = new ArrayList<>();
        List<UUID> statementIds = values.stream().flatMap(v -> v.statements().stream()).map(StatementDto::id).toList();
        for (int e = 0; e < evalueeCount; e++) {
            int[][] cell = new int[statementCount][9];
            Map<String, Integer> patterns = new HashMap<>();
            int submitted = 0;
            for (int b = 0; b < ballotEvaluee.size(); b++) {
                if (ballotEvaluee.get(b) != e) {
                    continue;
                }
                submitted++;
                int[] answer = scores.get(b);
                for (int s = 0; s < statementCount; s++) {
                    int score = answer[s];
                    if (score == 0) {
                        cell[s][1]++;
                    } else {
                        cell[s][0]++;
                        cell[s][2] += score;
                        cell[s][3] += score * score;
                        cell[s][3 + score]++;
                    }
                }
                int first = 0;
                for (int v = 0; v < valueCount; v++) {
                    int mask = 0;
                    for (int p = 0; p < sizes.get(v); p++) {
                        if (answer[first + p] > 0) {
                            mask |= 1 << p;
                        }
                    }
                    patterns.merge(v + "/" + mask, 1, Integer::sum);
                    first += sizes.get(v);
                }
            }
            for (int s = 0; s < statementCount; s++) {
                int[] c = cell[s];
                if (c[0] + c[1] > 0) {
                    statementRows.add(new StatementRow(evaluees.get(e).id(), RaterGroup.EMPLOYEE, statementIds.get(s),
                            c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
                }
            }
            for (Map.Entry<String, Integer> p : patterns.entrySet()) {
                String[] parts = p.getKey().split("/");
                patternRows.add(new PatternRow(evaluees.get(e).id(), values.get(Integer.parseInt(parts[0])).id(),
                        Integer.parseInt(parts[1]), p.getValue()));
            }
            countRows.add(new CountRow(evaluees.get(e).id(), RaterGroup.EMPLOYEE, submitted + random.nextInt(3),
                    submitted));
        }
        RoundRow round = new RoundRow(UUID.randomUUID(), "Runde", RoundStatus.CLOSED, Instant.now(), Instant.now(), k,
                k, framework.id(), true, true, "Kommune", true);
        RoundResults results = new RoundResults(round, framework, evaluees, units, statementRows, patternRows,
                countRows, List.of(), List.of());
        return new Scenario(results, ballotEvaluee.stream().mapToInt(Integer::intValue).toArray(),
                scores.toArray(int[][]::new), sizes, parent, evalueeUnit);
    }
}
