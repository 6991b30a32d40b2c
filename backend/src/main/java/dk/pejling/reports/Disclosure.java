package dk.pejling.reports;

import dk.pejling.reports.ReportApi.MaskReason;
import dk.pejling.reports.ResultQueries.UnitRow;
import dk.pejling.reports.RoundResults.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which employee figures of a round one reader may see, decided for everything that reader can obtain at once —
 * reports, guides, PDFs, benchmarks, trends, the overview, statement quality, exports — so that no combination of them
 * pins down the answers of fewer than k employees (docs/anonymity.md, "Differencing").
 *
 * <p>Per value, a reader sees figures of three kinds: a leader's statements and value (the reports the reader may
 * read), a unit's value (HR's overview, over the unit tree frozen at launch) and the organisation's statements and
 * value (benchmarks, overview, statement quality). The cells behind them are the leaders' answers per statement.
 * A cell is known when a shown figure is exactly that cell; every other cell is unknown, and any set of unknown cells
 * whose total can be worked out from the shown figures is a group that must hold 0 or at least k ballots, and 0 or at
 * least k ballots that scored. Four rules, applied until nothing changes, make every such group big enough:
 * <ol>
 * <li>threshold: a figure needs k employees who scored it (and a leader's report k ballots);
 * <li>a leader's row: a shown value minus the shown statements leaves the hidden statements' pool;
 * <li>the unit tree: a shown unit or organisation figure minus the shown figures inside it leaves a remainder;
 * <li>the organisation's statements: each minus the leaders' shown statement figures leaves a column, and the
 * organisation's value minus its shown statements leaves the hidden ones' pool.
 * </ol>
 * Where a rule fails, the figure that is cheapest to lose is hidden: a unit before the figure above it, the
 * organisation's figure before a leader's (a leader's own report is never trimmed to protect the overview).
 */
final class Disclosure {

    /** What a reader can obtain: the leaders whose reports they read, and whether they see HR's overview. */
    record Reader(Set<Integer> readable, boolean overview) {

        /** Organisation-wide figures reach a reader through benchmarks or through the overview. */
        boolean seesOrganisation() {
            return overview || !readable.isEmpty();
        }
    }

    /**
     * The decisions; null means shown. Arrays are indexed as in {@link RoundResults}. Rows of leaders whose reports
     * the reader cannot read hide everything, always: they share one row each (a plan of a large round for one
     * leader is then small), as do the units of a reader without the overview. Nothing may write into a plan once made.
     */
    static final class Plan {
        final boolean[] reportShown;
        final MaskReason[][] leaderStatement;
        final MaskReason[][] leaderValue;
        final MaskReason[] rootStatement;
        final MaskReason[] rootValue;
        /** unit id → [value] */
        final Map<UUID, MaskReason[]> unitValue = new HashMap<>();
        final boolean[] itemRest;
        final boolean[] alpha;

        Plan(int evaluees, int statements, int values, boolean[] readable) {
            reportShown = new boolean[evaluees];
            leaderStatement = new MaskReason[evaluees][];
            leaderValue = new MaskReason[evaluees][];
            MaskReason[] hiddenStatements = filled(statements, MaskReason.BELOW_THRESHOLD);
            MaskReason[] hiddenValues = filled(values, MaskReason.BELOW_THRESHOLD);
            for (int e = 0; e < evaluees; e++) {
                leaderStatement[e] = readable[e] ? new MaskReason[statements] : hiddenStatements;
                leaderValue[e] = readable[e] ? new MaskReason[values] : hiddenValues;
            }
            rootStatement = new MaskReason[statements];
            rootValue = new MaskReason[values];
            itemRest = new boolean[statements];
            alpha = new boolean[values];
        }

        private static MaskReason[] filled(int length, MaskReason reason) {
            MaskReason[] row = new MaskReason[length];
            java.util.Arrays.fill(row, reason);
            return row;
        }
    }

    /** The frozen unit tree, limited to units with leaders of the round below them. */
    record Tree(List<UUID> units, Map<UUID, UUID> parent, Map<UUID, List<UUID>> children,
            Map<UUID, List<Integer>> leaders,
            List<Integer> rootLeaders, List<UUID> top) {
    }

    private Disclosure() {
    }

    static Tree tree(RoundResults results) {
        Map<UUID, UnitRow> byId = new HashMap<>();
        results.units.forEach(u -> byId.put(u.unitId(), u));
        Map<UUID, List<Integer>> leaders = new HashMap<>();
        List<Integer> rootLeaders = new ArrayList<>();
        java.util.Set<UUID> used = new java.util.LinkedHashSet<>();
        for (int e = 0; e < results.evaluees.size(); e++) {
            UUID unit = results.evaluees.get(e).unitId();
            if (unit != null && byId.containsKey(unit)) {
                leaders.computeIfAbsent(unit, u -> new ArrayList<>()).add(e);
                for (UUID u = unit; u != null && byId.containsKey(u) && used.add(u); u = byId.get(u).parentId()) {
                    // climb to the top, marking the path as used
                }
            } else {
                rootLeaders.add(e);
            }
        }
        Map<UUID, UUID> parent = new HashMap<>();
        Map<UUID, List<UUID>> children = new HashMap<>();
        List<UUID> top = new ArrayList<>();
        List<UUID> units = new ArrayList<>();
        for (UnitRow u : results.units) {
            if (!used.contains(u.unitId())) {
                continue;
            }
            units.add(u.unitId());
            UUID p = u.parentId() != null && used.contains(u.parentId()) ? u.parentId() : null;
            parent.put(u.unitId(), p);
            if (p == null) {
                top.add(u.unitId());
            } else {
                children.computeIfAbsent(p, x -> new ArrayList<>()).add(u.unitId());
            }
        }
        return new Tree(units, parent, children, leaders, rootLeaders, top);
    }

    static Plan plan(RoundResults results, Tree tree, Reader reader) {
        int k = results.round.k();
        boolean[] readable = new boolean[results.evaluees.size()];
        reader.readable().forEach(e -> readable[e] = true);
        Plan plan = new Plan(results.evaluees.size(), results.statements.size(), results.values.size(), readable);
        for (int e : reader.readable()) {
            plan.reportShown[e] = results.employeeBallots(e) >= k;
        }
        if (!reader.overview()) {
            MaskReason[] hidden = Plan.filled(results.values.size(), MaskReason.DIFFERENCING);
            tree.units().forEach(unit -> plan.unitValue.put(unit, hidden));
        }
        for (Value value : results.values) {
            new ValueDisclosure(results, tree, reader, readable, plan, value, k).decide();
        }
        return plan;
    }
}
