package dk.pejling.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportAccess.Subject;
import dk.pejling.reports.ReportApi.EmployeeFigures;
import dk.pejling.reports.ReportApi.LeaderReport;
import dk.pejling.reports.ReportApi.Overview;
import dk.pejling.reports.ReportApi.OverviewCell;
import dk.pejling.reports.ReportApi.OverviewRow;
import dk.pejling.reports.ReportApi.QualityReport;
import dk.pejling.reports.ReportApi.ResponseRate;
import dk.pejling.reports.ReportApi.StatementQuality;
import dk.pejling.reports.ReportApi.StatementRef;
import dk.pejling.reports.ReportApi.StatementReport;
import dk.pejling.reports.ReportApi.ValueQuality;
import dk.pejling.reports.ReportApi.ValueReport;
import dk.pejling.rounds.RaterGroup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the leader report, the overview and the statement quality — counted by SQL when the round closes
 * and shaped by the services — against the same figures computed independently in plain Java from the generated
 * ballots. Which figures are shown is the disclosure rules' business (DisclosurePropertyTest, AdversaryTest); here
 * every figure that is shown must be right, and none may stand on fewer than k employees who scored it. Scenarios are generated with
 * jqwik's generators (random thresholds, unit trees, team sizes, "ved ikke" rates, self and manager ratings, stories
 * and a previous round for the trend); the jqwik engine cannot inject Quarkus beans, so a JUnit test drives them and
 * names the failing scenario's seed.
 */
@QuarkusTest
class ReportAggregationPropertyTest {

    static final int SCENARIOS = 30;

    @Inject
    EntityManager em;

    @Inject
    ReportService reports;

    @Inject
    ReportAccess access;

    @Inject
    OverviewService overviews;

    @Inject
    QualityView qualityView;

    @Inject
    dk.pejling.survey.Results results;

    /** One generated organisation with a framework and one or two closed rounds. */
    record Scenario(long seed, int k, int kStory, int previousK, boolean self, boolean manager, int leaders,
            int units, double dontKnow) {
    }

    static Arbitrary<Scenario> scenarios() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(3, 10),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(3, 6),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, 4))
                .as((seed, k, extra, previousK, self, manager, leaders, units) -> new Scenario(seed, k, k + extra,
                        previousK, self, manager, leaders, units, (seed & 3) * 0.1));
    }

    // ---- generated data, kept in plain Java for the oracle ----

    record Statement(UUID id, UUID identity, UUID valueId) {
    }

    record Ballot(RaterGroup group, Map<UUID, Integer> scores) {
    }

    static final class Leader {
        UUID person = UUID.randomUUID();
        UUID evaluee = UUID.randomUUID();
        UUID unit;
        int invitedEmployees;
        List<Ballot> ballots = new ArrayList<>();
        Map<UUID, Map<RaterGroup, Integer>> stories = new HashMap<>();
        UUID previousEvaluee = UUID.randomUUID();
        List<Ballot> previousBallots = new ArrayList<>();

        List<Ballot> employees() {
            return ballots.stream().filter(b -> b.group() == RaterGroup.EMPLOYEE).toList();
        }

        Ballot single(RaterGroup group) {
            return ballots.stream().filter(b -> b.group() == group).findFirst().orElse(null);
        }
    }

    static final class World {
        UUID organisation = UUID.randomUUID();
        UUID hr = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        UUID previousVersion = UUID.randomUUID();
        UUID round = UUID.randomUUID();
        UUID previousRound = UUID.randomUUID();
        List<UUID> values = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        Map<UUID, UUID> previousStatementByIdentity = new HashMap<>();
        List<UUID> unitIds = new ArrayList<>();
        Map<UUID, UUID> unitParent = new HashMap<>();
        List<Leader> leaders = new ArrayList<>();
        boolean hasPrevious;

        List<Statement> in(UUID value) {
            return statements.stream().filter(s -> s.valueId().equals(value)).toList();
        }
    }

    @Test
    void everyFigureMatchesAnIndependentComputation() {
        List<Scenario> samples = scenarios().sampleStream().limit(SCENARIOS).toList();
        for (Scenario scenario : samples) {
            World world = generate(scenario);
            QuarkusTransaction.requiringNew().run(() -> insert(world, scenario));
            if (world.hasPrevious) {
                results.countQuietly(world.previousRound);
            }
            results.countQuietly(world.round);
            try {
                QuarkusTransaction.requiringNew().run(() -> check(world, scenario));
            } catch (AssertionError e) {
                throw new AssertionError("Scenario " + scenario + ": " + e.getMessage(), e);
            }
        }
    }

    static World generate(Scenario scenario) {
        Random random = new Random(scenario.seed());
        World world = new World();
        world.hasPrevious = random.nextBoolean();
        int values = 1 + random.nextInt(3);
        for (int v = 0; v < values; v++) {
            UUID value = UUID.randomUUID();
            world.values.add(value);
            int statements = 1 + random.nextInt(3);
            for (int s = 0; s < statements; s++) {
                Statement statement = new Statement(UUID.randomUUID(), UUID.randomUUID(), value);
                world.statements.add(statement);
                // The previous round's version shares most statements by identity, and words one differently.
                if (random.nextInt(5) > 0) {
                    world.previousStatementByIdentity.put(statement.identity(), UUID.randomUUID());
                }
            }
        }
        for (int u = 0; u < scenario.units(); u++) {
            UUID unit = UUID.randomUUID();
            world.unitParent.put(unit, world.unitIds.isEmpty() || random.nextBoolean() ? null
                    : world.unitIds.get(random.nextInt(world.unitIds.size())));
            world.unitIds.add(unit);
        }
        for (int l = 0; l < scenario.leaders(); l++) {
            Leader leader = new Leader();
            leader.unit = world.unitIds.isEmpty() || random.nextInt(4) == 0 ? null
                    : world.unitIds.get(random.nextInt(world.unitIds.size()));
            int employees = random.nextInt(3) == 0 ? random.nextInt(scenario.k()) : random.nextInt(16);
            leader.invitedEmployees = employees + random.nextInt(4);
            for (int b = 0; b < employees; b++) {
                leader.ballots.add(ballot(RaterGroup.EMPLOYEE, world.statements, scenario.dontKnow(), random));
            }
            if (scenario.self() && random.nextInt(4) > 0) {
                leader.ballots.add(ballot(RaterGroup.SELF, world.statements, 0.1, random));
            }
            if (scenario.manager() && random.nextInt(4) > 0) {
                leader.ballots.add(ballot(RaterGroup.MANAGER, world.statements, 0.1, random));
            }
            for (UUID value : world.values) {
                for (RaterGroup group : RaterGroup.values()) {
                    int stories = random.nextInt(3);
                    if (stories > 0 && (group == RaterGroup.EMPLOYEE || leader.single(group) != null)) {
                        leader.stories.computeIfAbsent(value, x -> new HashMap<>()).put(group, stories);
                    }
                }
            }
            if (world.hasPrevious) {
                int previous = random.nextInt(12);
                List<Statement> old = world.statements.stream()
                        .filter(s -> world.previousStatementByIdentity.containsKey(s.identity()))
                        .map(s -> new Statement(world.previousStatementByIdentity.get(s.identity()), s.identity(),
                                s.valueId()))
                        .toList();
                for (int b = 0; b < previous; b++) {
                    leader.previousBallots.add(ballot(RaterGroup.EMPLOYEE, old, scenario.dontKnow(), random));
                }
            }
            world.leaders.add(leader);
        }
        return world;
    }

    static Ballot ballot(RaterGroup group, List<Statement> statements, double dontKnow, Random random) {
        Map<UUID, Integer> scores = new HashMap<>();
        int leaning = random.nextInt(5);
        for (Statement s : statements) {
            scores.put(s.id(), random.nextDouble() < dontKnow ? null
                    : Math.max(1, Math.min(5, 1 + leaning + random.nextInt(3) - 1)));
        }
        return new Ballot(group, scores);
    }

    // ---- writing it to the database, as the survey and the round would have ----

    void insert(World w, Scenario scenario) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        sql("insert into organisation (id, slug, name) values ('%s', '%s', 'Prop %s')", w.organisation,
                "prop-" + w.organisation.toString().substring(0, 8), scenario.seed() + " " + w.organisation);
        for (UUID unit : w.unitIds) {
            UUID parent = w.unitParent.get(unit);
            sql("insert into unit (id, organisation_id, parent_id, name) values ('%s', '%s', %s, 'Enhed %s')", unit,
                    w.organisation, parent == null ? "null" : "'" + parent + "'", unit.toString().substring(0, 6));
        }
        sql("insert into person (id, organisation_id, name, email) values ('%s', '%s', 'HR', 'hr-%s@prop.dk')", w.hr,
                w.organisation, w.hr);
        for (Leader l : w.leaders) {
            sql("insert into person (id, organisation_id, unit_id, name, email) values ('%s', '%s', %s, 'Leder', "
                    + "'l-%s@prop.dk')", l.person, w.organisation, l.unit == null ? "null" : "'" + l.unit + "'",
                    l.person);
        }
        UUID framework = UUID.randomUUID();
        sql("insert into framework (id, organisation_id) values ('%s', '%s')", framework, w.organisation);
        version(w, framework, w.previousVersion, 1, "ARCHIVED", true);
        version(w, framework, w.version, 2, "PUBLISHED", false);

        if (w.hasPrevious) {
            round(w, w.previousRound, scenario.previousK(), scenario.previousK(), w.previousVersion,
                    now.minus(200, ChronoUnit.DAYS), scenario);
            units(w, w.previousRound);
            for (Leader l : w.leaders) {
                evaluee(w, w.previousRound, l.previousEvaluee, l);
                for (Ballot b : l.previousBallots) {
                    ballot(w, w.previousRound, l.previousEvaluee, b);
                }
            }
        }
        round(w, w.round, scenario.k(), scenario.kStory(), w.version, now.minus(1, ChronoUnit.DAYS), scenario);
        units(w, w.round);
        for (Leader l : w.leaders) {
            evaluee(w, w.round, l.evaluee, l);
            for (int i = 0; i < l.invitedEmployees; i++) {
                invitation(w, l, RaterGroup.EMPLOYEE);
            }
            for (RaterGroup group : List.of(RaterGroup.SELF, RaterGroup.MANAGER)) {
                if ((group == RaterGroup.SELF ? scenario.self() : scenario.manager())) {
                    invitation(w, l, group);
                }
            }
            for (Ballot b : l.ballots) {
                ballot(w, w.round, l.evaluee, b);
            }
            l.stories.forEach((value, groups) -> groups.forEach((group, count) -> {
                for (int i = 0; i < count; i++) {
                    sql("insert into story (id, organisation_id, round_id, evaluee_id, rater_group, value_id, text) "
                            + "values ('%s', '%s', '%s', '%s', '%s', '%s', 'En historie')", UUID.randomUUID(),
                            w.organisation, w.round, l.evaluee, group, value);
                }
            }));
        }
    }

    private void version(World w, UUID framework, UUID version, int number, String status, boolean previous) {
        sql("insert into framework_version (id, organisation_id, framework_id, number, status, name) values "
                + "('%s', '%s', '%s', %d, '%s', 'Grundlag')", version, w.organisation, framework, number, status);
        Map<UUID, UUID> valueIds = new HashMap<>();
        for (int v = 0; v < w.values.size(); v++) {
            UUID id = previous ? UUID.randomUUID() : w.values.get(v);
            valueIds.put(w.values.get(v), id);
            sql("insert into framework_value (id, organisation_id, version_id, position, title) values "
                    + "('%s', '%s', '%s', %d, 'Værdi %d')", id, w.organisation, version, v, v);
        }
        int position = 0;
        for (Statement s : w.statements) {
            UUID id = previous ? w.previousStatementByIdentity.get(s.identity()) : s.id();
            if (id != null) {
                sql("insert into framework_statement (id, organisation_id, value_id, identity_key, position, text, "
                        + "self_text) values ('%s', '%s', '%s', '%s', %d, 'Min leder %s', 'Jeg %s')", id,
                        w.organisation, valueIds.get(s.valueId()), s.identity(), position++, id, id);
            }
        }
    }

    private void round(World w, UUID round, int k, int kStory, UUID version, Instant closes, Scenario scenario) {
        sql("insert into round (id, organisation_id, framework_version_id, name, status, closes_at, k, k_story, "
                + "include_self, include_manager, manager_access, hr_access, retention_months, reminder_days_before, "
                + "confirm_respondents, closed_at) values ('%s', '%s', '%s', 'Runde', 'CLOSED', '%s', %d, %d, %s, %s, "
                + "'REPORT', 'NONE', 12, 0, false, '%s')", round, w.organisation, version, closes, k, kStory,
                scenario.self(), scenario.manager(), closes);
    }

    private void units(World w, UUID round) {
        sql("insert into round_unit (round_id, unit_id, organisation_id, parent_id, name) select '%s', id, "
                + "organisation_id, parent_id, name from unit where organisation_id = '%s'", round, w.organisation);
    }

    private void evaluee(World w, UUID round, UUID evaluee, Leader l) {
        sql("insert into round_evaluee (id, organisation_id, round_id, leader_id, leader_name, unit_id) values "
                + "('%s', '%s', '%s', '%s', 'Leder', %s)", evaluee, w.organisation, round, l.person,
                l.unit == null ? "null" : "'" + l.unit + "'");
    }

    private void invitation(World w, Leader l, RaterGroup group) {
        sql("insert into ticket (token_hash, organisation_id, round_id, evaluee_id, rater_group) values "
                + "('\\x%s'::bytea, '%s', '%s', '%s', '%s')", UUID.randomUUID().toString().replace("-", ""),
                w.organisation, w.round, l.evaluee, group);
    }

    private void ballot(World w, UUID round, UUID evaluee, Ballot b) {
        UUID id = UUID.randomUUID();
        sql("insert into ballot (id, organisation_id, round_id, evaluee_id, rater_group) values "
                + "('%s', '%s', '%s', '%s', '%s')", id, w.organisation, round, evaluee, b.group());
        String rows = b.scores().entrySet().stream().map(e -> "('" + id + "','" + e.getKey() + "',"
                + (e.getValue() == null ? "null" : e.getValue()) + ")").collect(Collectors.joining(","));
        if (!rows.isEmpty()) {
            sql("insert into ballot_answer (ballot_id, statement_id, score) values " + rows);
        }
    }

    private void sql(String template, Object... args) {
        em.createNativeQuery(args.length == 0 ? template : String.format(template, args)).executeUpdate();
    }

    // ---- the oracle ----

    void check(World w, Scenario scenario) {
        for (Leader l : w.leaders) {
            Subject subject = access.find(new Caller(w.organisation, l.person, false), w.round, l.person)
                    .orElseThrow();
            checkReport(w, scenario, l, reports.build(subject));
        }
        Caller hr = new Caller(w.organisation, w.hr, true);
        OverviewService.View view = overviews.view(hr, w.round);
        checkOverview(w, scenario, overviews.build(view));
        checkQuality(w, scenario, qualityView.build(view));
    }

    void checkReport(World w, Scenario scenario, Leader l, LeaderReport report) {
        List<Ballot> employees = l.employees();
        boolean shown = employees.size() >= scenario.k();
        assertEquals(shown, report.employeesShown(), "A1 threshold");
        assertEquals(employees.size() >= scenario.kStory(), report.storiesShown(), "A2 threshold");
        Ballot self = l.single(RaterGroup.SELF);
        Ballot manager = l.single(RaterGroup.MANAGER);
        List<StatementRef> ranked = new ArrayList<>();
        for (int v = 0; v < w.values.size(); v++) {
            UUID valueId = w.values.get(v);
            ValueReport value = report.values().get(v);
            List<Statement> statements = w.in(valueId);
            assertEquals(statements.size(), value.statements().size());
            for (int s = 0; s < statements.size(); s++) {
                Statement statement = statements.get(s);
                StatementReport actual = value.statements().get(s);
                assertEquals(statement.id(), actual.statementId());
                List<Integer> answers = employees.stream().map(b -> b.scores().get(statement.id())).toList();
                EmployeeFigures expected = figures(List.of(answers), employees.size());
                if (actual.employees() != null) {
                    assertTrue(shown && expected.n() >= scenario.k(), "a statement shown on fewer than k who scored");
                    assertEquals(expected, actual.employees(), "statement figures");
                } else if (shown) {
                    assertTrue(actual.employeesMasked() != null, "a hidden statement says why");
                }
                Double selfScore = self == null ? null
                        : round1(mean(java.util.Arrays.asList(self.scores().get(statement.id()))));
                Double managerScore = manager == null ? null
                        : round1(mean(java.util.Arrays.asList(manager.scores().get(statement.id()))));
                assertEquals(scenario.self() ? selfScore : null, actual.self() == null ? null : actual.self().score());
                assertEquals(scenario.manager() ? managerScore : null,
                        actual.manager() == null ? null : actual.manager().score());
                assertTrue(actual.self() == null || !actual.self().anonymous(), "A3: self is labelled");
                Double mean = actual.employees() == null ? null : expected.mean();
                assertEquals(difference(selfScore, mean), actual.gap(), "gap");
                if (actual.benchmark() != null) {
                    assertEquals(benchmark(w, List.of(statement)), actual.benchmark(), "benchmark");
                }
                if (actual.trend() != null) {
                    assertEquals(trend(w, scenario, l, List.of(statement), mean),
                            List.of(actual.trend().previousMean(), actual.trend().change()), "trend");
                }
                if (mean != null) {
                    ranked.add(new StatementRef(statement.id(), null, null, null, mean, selfScore,
                            difference(selfScore, mean)));
                }
            }
            List<List<Integer>> pooled = statements.stream()
                    .map(st -> employees.stream().map(b -> b.scores().get(st.id())).toList()).toList();
            EmployeeFigures expected = figures(pooled, employees.size());
            if (value.employees() != null) {
                assertTrue(shown && expected.n() >= scenario.k(), "a value shown on fewer than k who scored");
                assertEquals(expected, value.employees(), "value figures");
            }
            Double selfValue = self == null ? null
                    : round1(mean(statements.stream().map(st -> self.scores().get(st.id())).toList()));
            assertEquals(scenario.self() ? selfValue : null, value.self() == null ? null : value.self().score());
            assertEquals(difference(selfValue, value.employees() == null ? null : expected.mean()), value.gap(),
                    "value gap");
            if (value.benchmark() != null) {
                assertEquals(benchmark(w, statements), value.benchmark(), "value benchmark");
            }
            if (value.trend() != null) {
                assertEquals(trend(w, scenario, l, statements, expected.mean()),
                        List.of(value.trend().previousMean(), value.trend().change()), "value trend");
            }
            Map<RaterGroup, Integer> stories = l.stories.getOrDefault(valueId, Map.of());
            Map<RaterGroup, Long> shownStories = value.stories().stream()
                    .collect(Collectors.groupingBy(ReportApi.StoryDto::group, Collectors.counting()));
            for (RaterGroup group : RaterGroup.values()) {
                int written = stories.getOrDefault(group, 0);
                boolean visible = group != RaterGroup.EMPLOYEE || employees.size() >= scenario.kStory();
                assertEquals(visible ? written : 0, shownStories.getOrDefault(group, 0L).intValue(),
                        "stories " + group);
            }
        }
        List<StatementRef> top = ranked.stream().sorted(Comparator.comparing(StatementRef::mean).reversed()).limit(3)
                .toList();
        List<StatementRef> bottom = ranked.stream().filter(r -> !top.contains(r))
                .sorted(Comparator.comparing(StatementRef::mean)).limit(3).toList();
        assertEquals(ids(top), ids(report.top()), "top 3");
        assertEquals(ids(bottom), ids(report.bottom()), "bottom 3");
        assertEquals(ids(ranked.stream().filter(r -> r.gap() != null && r.gap() >= 1.0)
                .sorted(Comparator.comparing(StatementRef::gap).reversed()).toList()), ids(report.blindSpots()));
        assertEquals(ids(ranked.stream().filter(r -> r.gap() != null && r.gap() <= -1.0)
                .sorted(Comparator.comparing(StatementRef::gap)).toList()), ids(report.hiddenStrengths()));

        ResponseRate employeesRate = report.responseRates().stream().filter(r -> r.group() == RaterGroup.EMPLOYEE)
                .findFirst().orElse(null);
        if (l.invitedEmployees == 0) {
            assertNull(employeesRate);
        } else {
            assertEquals(l.invitedEmployees, employeesRate.invited());
            assertEquals(shown ? employees.size() : null, employeesRate.submitted(), "A1: no count below k");
            assertEquals(shown ? (int) Math.round(employees.size() * 100.0 / l.invitedEmployees) : null,
                    employeesRate.rate());
        }
        boolean previousShown = w.hasPrevious && l.previousBallots.size() >= scenario.previousK();
        assertEquals(w.hasPrevious, report.previousRound() != null);
        if (!previousShown || !shown) {
            assertTrue(report.values().stream().allMatch(v -> v.trend() == null));
        }
    }

    /** The organisation's employee mean over these statements. */
    static Double benchmark(World w, List<Statement> statements) {
        List<Integer> all = new ArrayList<>();
        for (Leader l : w.leaders) {
            for (Ballot b : l.employees()) {
                statements.forEach(s -> all.add(b.scores().get(s.id())));
            }
        }
        return round1(mean(all));
    }

    static List<Double> trend(World w, Scenario scenario, Leader l, List<Statement> statements, Double current) {
        if (!w.hasPrevious || current == null || l.previousBallots.size() < scenario.previousK()) {
            return null;
        }
        List<Integer> previous = new ArrayList<>();
        for (Ballot b : l.previousBallots) {
            for (Statement s : statements) {
                UUID old = w.previousStatementByIdentity.get(s.identity());
                if (old != null && b.scores().containsKey(old)) {
                    previous.add(b.scores().get(old));
                }
            }
        }
        Double before = round1(mean(previous));
        if (before == null) {
            return null;
        }
        return List.of(before, difference(current, before));
    }

    void checkOverview(World w, Scenario scenario, Overview overview) {
        // Nodes: the root and every unit with someone invited below it, each with its subtree's leaders.
        Map<UUID, List<Leader>> subtree = new HashMap<>();
        for (Leader l : w.leaders) {
            UUID at = l.unit;
            while (at != null) {
                subtree.computeIfAbsent(at, x -> new ArrayList<>()).add(l);
                at = w.unitParent.get(at);
            }
        }
        List<UUID> rowUnits = new ArrayList<>();
        rowUnits.add(null);
        subtree.forEach((unit, leaders) -> rowUnits.add(unit));
        assertEquals(rowUnits.size(), overview.rows().size(), "one row per unit with leaders below it, and the root");
        for (OverviewRow row : overview.rows()) {
            List<Leader> leaders = row.unitId() == null ? w.leaders : subtree.get(row.unitId());
            assertEquals(leaders.stream().mapToInt(l -> l.invitedEmployees).sum(), row.invited());
            int submitted = leaders.stream().mapToInt(l -> l.employees().size()).sum();
            assertEquals(submitted, row.submitted());
            for (int v = 0; v < w.values.size(); v++) {
                OverviewCell cell = row.cells().get(v);
                if (cell.masked() != null) {
                    assertNull(cell.mean());
                    assertNull(cell.n());
                    continue;
                }
                List<Statement> statements = w.in(w.values.get(v));
                List<Integer> all = new ArrayList<>();
                int n = 0;
                for (Leader l : leaders) {
                    for (Ballot b : l.employees()) {
                        List<Integer> scores = statements.stream().map(s -> b.scores().get(s.id())).toList();
                        all.addAll(scores);
                        n += scores.stream().anyMatch(x -> x != null) ? 1 : 0;
                    }
                }
                assertTrue(n >= scenario.k() && submitted >= scenario.k(), "a cell shown on fewer than k");
                assertEquals(n, cell.n().intValue(), "cell n");
                assertEquals(round1(mean(all)), cell.mean(), "cell mean");
            }
        }
    }

    void checkQuality(World w, Scenario scenario, QualityReport quality) {
        List<Ballot> ballots = w.leaders.stream().flatMap(l -> l.employees().stream()).toList();
        if (!quality.shown()) {
            return;
        }
        for (int v = 0; v < w.values.size(); v++) {
            List<Statement> statements = w.in(w.values.get(v));
            ValueQuality value = quality.values().get(v);
            List<Ballot> complete = ballots.stream()
                    .filter(b -> statements.stream().allMatch(s -> b.scores().get(s.id()) != null)).toList();
            if (value.completeBallots() != null) {
                assertEquals(complete.size(), value.completeBallots());
            }
            double itemVariances = 0;
            double[] totals = complete.stream()
                    .mapToDouble(b -> statements.stream().mapToInt(s -> b.scores().get(s.id())).sum()).toArray();
            for (int s = 0; s < statements.size(); s++) {
                Statement statement = statements.get(s);
                StatementQuality actual = value.statements().get(s);
                double[] itemScores = complete.stream().mapToDouble(b -> b.scores().get(statement.id())).toArray();
                Double itemVariance = variance(itemScores);
                itemVariances += itemVariance == null ? Double.NaN : itemVariance;
                if (actual.masked() != null) {
                    continue;
                }
                List<Integer> answers = ballots.stream().map(b -> b.scores().get(statement.id())).toList();
                List<Integer> scored = answers.stream().filter(x -> x != null).toList();
                assertTrue(scored.size() >= scenario.k(), "a statement's quality shown on fewer than k");
                assertEquals(scored.size(), actual.n());
                assertEquals(answers.size() - scored.size(), actual.dontKnow());
                assertEquals(round1(mean(scored)), actual.mean());
                assertClose(sd(scored.stream().mapToDouble(x -> x).toArray()), actual.sd(), "sd");
                double[] item = complete.stream().mapToDouble(b -> b.scores().get(statement.id())).toArray();
                double[] rest = new double[item.length];
                for (int i = 0; i < item.length; i++) {
                    rest[i] = totals[i] - item[i];
                }
                if (actual.itemRest() != null) {
                    assertClose(correlation(item, rest), actual.itemRest(), "item-rest");
                }
            }
            int m = statements.size();
            Double totalVariance = variance(totals);
            Double alpha = m < 2 || complete.size() < 2 || totalVariance == null || totalVariance == 0
                    || Double.isNaN(itemVariances) ? null : m / (m - 1.0) * (1 - itemVariances / totalVariance);
            if (value.alpha() != null) {
                assertClose(alpha, value.alpha(), "alpha");
            }
        }
    }

    // ---- arithmetic ----

    static EmployeeFigures figures(List<List<Integer>> answersPerStatement, int ballots) {
        int[] distribution = new int[5];
        int dontKnow = 0;
        List<Integer> all = new ArrayList<>();
        int n = 0;
        for (int b = 0; b < ballots; b++) {
            boolean scored = false;
            for (List<Integer> answers : answersPerStatement) {
                Integer score = answers.get(b);
                if (score == null) {
                    dontKnow++;
                } else {
                    distribution[score - 1]++;
                    all.add(score);
                    scored = true;
                }
            }
            n += scored ? 1 : 0;
        }
        return new EmployeeFigures(n, round1(mean(all)), dontKnow,
                List.of(distribution[0], distribution[1], distribution[2], distribution[3], distribution[4]));
    }

    static BigDecimal mean(List<Integer> scores) {
        List<Integer> scored = scores.stream().filter(x -> x != null).toList();
        if (scored.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(scored.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(scored.size()), 20, RoundingMode.HALF_UP);
    }

    static Double round1(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    static Double difference(Double a, Double b) {
        return a == null || b == null ? null
                : BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    static Double variance(double[] x) {
        if (x.length < 2) {
            return null;
        }
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        return java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
    }

    static Double sd(double[] x) {
        Double variance = variance(x);
        return variance == null ? null : Math.sqrt(variance);
    }

    static Double correlation(double[] x, double[] y) {
        if (x.length < 2) {
            return null;
        }
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
    }

    static void assertClose(Double expected, Double actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
            return;
        }
        // The API rounds to two decimals; allow for a rounding edge between two computations of the same number.
        assertTrue(Math.abs(expected - actual) <= 0.0051, what + ": expected " + expected + " but was " + actual);
    }

    static List<UUID> ids(List<StatementRef> refs) {
        return refs.stream().map(StatementRef::statementId).toList();
    }
}
