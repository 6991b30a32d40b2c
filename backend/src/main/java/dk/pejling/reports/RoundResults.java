package dk.pejling.reports;

import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.StatementDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.reports.ResultQueries.EvalueeRow;
import dk.pejling.reports.ResultQueries.RoundRow;
import dk.pejling.reports.ResultQueries.UnitRow;
import dk.pejling.rounds.RaterGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A closed round's counted results in memory, indexed for the rules: leaders by index, statements by their index in
 * the framework's order, values with the range of their statements. Built once per round from the counts the survey
 * feature made at closing (which never change), and shared by every reader's view of the round.
 */
final class RoundResults {

    /** Figures of one group of answers to one statement (or pooled over a value's statements). */
    record Cell(int scored, int dontKnow, long total, long squares, int[] distribution) {

        static final Cell EMPTY = new Cell(0, 0, 0, 0, new int[5]);

        Cell plus(Cell other) {
            int[] sum = new int[5];
            for (int i = 0; i < 5; i++) {
                sum[i] = distribution[i] + other.distribution[i];
            }
            return new Cell(scored + other.scored, dontKnow + other.dontKnow, total + other.total,
                    squares + other.squares, sum);
        }

        /** The exact mean of the scores ("ved ikke" never counts), or null when nobody scored. */
        BigDecimal mean() {
            return scored == 0 ? null
                    : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(scored), 12, RoundingMode.HALF_UP);
        }
    }

    record Statement(int index, UUID id, UUID identity, String text, String textEn, int value, int position) {
    }

    record Value(int index, UUID id, String title, String titleEn, Integer kodeksPoint, int first, int count) {
    }

    final RoundRow round;
    final FrameworkDto framework;
    final List<Statement> statements = new ArrayList<>();
    final List<Value> values = new ArrayList<>();
    final Map<UUID, Integer> statementIndex = new HashMap<>();
    final List<EvalueeRow> evaluees;
    final Map<UUID, Integer> evalueeIndex = new HashMap<>();
    final List<UnitRow> units;
    /** [group][evaluee][statement] */
    final Cell[][][] cells;
    /** [evaluee][value]: pairs of (mask of the value's statements scored, ballots), of employees and of colleagues */
    final int[][][] patterns;
    final int[][][] peerPatterns;
    /** [group][evaluee] */
    final int[][] invited;
    final int[][] submitted;
    /** [statement], [value] */
    final Double[] itemRest;
    final int[] complete;
    final Double[] alpha;
    /**
     * Sums every view needs and no reader changes (which of them a reader sees is the plan's business): each
     * leader's employee answers pooled per value [evaluee][value], and the organisation's per statement and per value.
     */
    private final Cell[][] pooledEmployees;
    final Cell[] organisationStatement;
    final Cell[] organisationValue;

    RoundResults(RoundRow round, FrameworkDto framework, List<EvalueeRow> evaluees, List<UnitRow> units,
            List<ResultQueries.StatementRow> statementRows, List<ResultQueries.PatternRow> patternRows,
            List<ResultQueries.CountRow> countRows, List<ResultQueries.ItemRow> items,
            List<ResultQueries.AlphaRow> alphas) {
        this(round, framework, evaluees, units, statementRows, patternRows, countRows, items, alphas, List.of());
    }

    RoundResults(RoundRow round, FrameworkDto framework, List<EvalueeRow> evaluees, List<UnitRow> units,
            List<ResultQueries.StatementRow> statementRows, List<ResultQueries.PatternRow> patternRows,
            List<ResultQueries.CountRow> countRows, List<ResultQueries.ItemRow> items,
            List<ResultQueries.AlphaRow> alphas, List<ResultQueries.PatternRow> peerPatternRows) {
        this.round = round;
        this.framework = framework;
        for (ValueDto v : framework.values()) {
            Value value = new Value(values.size(), v.id(), v.title(), v.titleEn(), v.kodeksPoint(), statements.size(),
                    v.statements().size());
            values.add(value);
            for (int p = 0; p < v.statements().size(); p++) {
                StatementDto s = v.statements().get(p);
                statementIndex.put(s.id(), statements.size());
                statements.add(new Statement(statements.size(), s.id(), s.identity(), s.text(), s.textEn(),
                        value.index(), p));
            }
        }
        this.evaluees = List.copyOf(evaluees);
        for (int e = 0; e < evaluees.size(); e++) {
            evalueeIndex.put(evaluees.get(e).id(), e);
        }
        this.units = List.copyOf(units);
        int groups = RaterGroup.values().length;
        cells = new Cell[groups][evaluees.size()][statements.size()];
        for (Cell[][] group : cells) {
            for (Cell[] row : group) {
                java.util.Arrays.fill(row, Cell.EMPTY);
            }
        }
        for (ResultQueries.StatementRow r : statementRows) {
            Integer e = evalueeIndex.get(r.evalueeId());
            Integer s = statementIndex.get(r.statementId());
            if (e != null && s != null) {
                cells[r.raterGroup().ordinal()][e][s] = new Cell(r.scored(), r.dontKnow(), r.total(), r.squares(),
                        new int[] {r.c1(), r.c2(), r.c3(), r.c4(), r.c5()});
            }
        }
        Map<UUID, Integer> valueIndex = new HashMap<>();
        values.forEach(v -> valueIndex.put(v.id(), v.index()));
        patterns = patterns(patternRows);
        peerPatterns = patterns(peerPatternRows);
        invited = new int[groups][evaluees.size()];
        submitted = new int[groups][evaluees.size()];
        for (ResultQueries.CountRow r : countRows) {
            Integer e = evalueeIndex.get(r.evalueeId());
            if (e != null) {
                invited[r.raterGroup().ordinal()][e] = r.invited();
                submitted[r.raterGroup().ordinal()][e] = r.submitted();
            }
        }
        itemRest = new Double[statements.size()];
        for (ResultQueries.ItemRow r : items) {
            Integer s = statementIndex.get(r.statementId());
            if (s != null) {
                itemRest[s] = r.itemRest();
            }
        }
        complete = new int[values.size()];
        alpha = new Double[values.size()];
        for (ResultQueries.AlphaRow r : alphas) {
            Integer v = valueIndex.get(r.valueId());
            if (v != null) {
                complete[v] = r.complete();
                alpha[v] = r.alpha();
            }
        }
        pooledEmployees = new Cell[evaluees.size()][values.size()];
        organisationStatement = new Cell[statements.size()];
        organisationValue = new Cell[values.size()];
        java.util.Arrays.fill(organisationStatement, Cell.EMPTY);
        java.util.Arrays.fill(organisationValue, Cell.EMPTY);
        for (int e = 0; e < evaluees.size(); e++) {
            for (Value v : values) {
                pooledEmployees[e][v.index()] = pool(RaterGroup.EMPLOYEE, e, v);
                organisationValue[v.index()] = organisationValue[v.index()].plus(pooledEmployees[e][v.index()]);
            }
            for (int st = 0; st < statements.size(); st++) {
                organisationStatement[st] = organisationStatement[st].plus(employees(e, st));
            }
        }
    }

    int employeeBallots(int e) {
        return submitted[RaterGroup.EMPLOYEE.ordinal()][e];
    }

    Cell employees(int e, int s) {
        return cells[RaterGroup.EMPLOYEE.ordinal()][e][s];
    }

    Cell cell(RaterGroup group, int e, int s) {
        return cells[group.ordinal()][e][s];
    }

    /** A group's answers to a value's statements, pooled. */
    Cell pooled(RaterGroup group, int e, Value value) {
        return group == RaterGroup.EMPLOYEE ? pooledEmployees[e][value.index()] : pool(group, e, value);
    }

    private Cell pool(RaterGroup group, int e, Value value) {
        Cell sum = Cell.EMPTY;
        for (int s = value.first(); s < value.first() + value.count(); s++) {
            sum = sum.plus(cells[group.ordinal()][e][s]);
        }
        return sum;
    }

    /** [evaluee][value]: the pairs of the rows, flattened. */
    private int[][][] patterns(List<ResultQueries.PatternRow> rows) {
        Map<String, List<int[]>> byKey = new HashMap<>();
        for (ResultQueries.PatternRow r : rows) {
            byKey.computeIfAbsent(r.evalueeId() + "/" + r.valueId(), k -> new ArrayList<>())
                    .add(new int[] {r.scoredMask(), r.ballots()});
        }
        int[][][] result = new int[evaluees.size()][values.size()][];
        for (int e = 0; e < evaluees.size(); e++) {
            for (Value v : values) {
                List<int[]> pairs = byKey.getOrDefault(evaluees.get(e).id() + "/" + v.id(), List.of());
                int[] flat = new int[pairs.size() * 2];
                for (int i = 0; i < pairs.size(); i++) {
                    flat[2 * i] = pairs.get(i)[0];
                    flat[2 * i + 1] = pairs.get(i)[1];
                }
                result[e][v.index()] = flat;
            }
        }
        return result;
    }

    int peerBallots(int e) {
        return submitted[RaterGroup.PEER.ordinal()][e];
    }

    /** Colleague ballots of a leader that scored at least one of the value's statements whose positions are in mask. */
    int peerBallotsScoring(int e, Value value, int mask) {
        return scoring(peerPatterns[e][value.index()], mask);
    }

    /** Employee ballots of a leader that scored at least one of the value's statements whose positions are in mask. */
    int ballotsScoring(int e, Value value, int mask) {
        return scoring(patterns[e][value.index()], mask);
    }

    private static int scoring(int[] pairs, int mask) {
        int n = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            if ((pairs[i] & mask) != 0) {
                n += pairs[i + 1];
            }
        }
        return n;
    }

    static int all(Value value) {
        return (1 << value.count()) - 1;
    }
}
