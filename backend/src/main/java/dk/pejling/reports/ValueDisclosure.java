package dk.pejling.reports;

import dk.pejling.reports.Disclosure.Plan;
import dk.pejling.reports.Disclosure.Reader;
import dk.pejling.reports.Disclosure.Tree;
import dk.pejling.reports.ReportApi.MaskReason;
import dk.pejling.reports.RoundResults.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The disclosure rules for one value of a round, for one reader: thresholds first, then the rules that hide what could
 * be subtracted from what is shown (a leader's row, the organisation's columns and row, the unit tree), repeated until
 * nothing changes, and last the statement quality figures. Writes its decisions into the reader's {@link Plan}.
 */
final class ValueDisclosure {
    private final RoundResults r;
    private final Tree tree;
    private final Reader reader;
    private final Plan plan;
    private final Value v;
    private final int k;
    private final int all;
    private final Map<UUID, MaskReason> units = new HashMap<>();
    private final boolean[] readable;
    /**
     * Per leader, the value's statements this reader cannot see ({@link #hiddenMask}), and over all leaders with
     * ballots the statements unknown anywhere ({@link #live}). Both depend only on the thresholds, which no later
     * rule changes, so they are worked out once, after them.
     */
    private int[] hidden;
    private int live;

    ValueDisclosure(RoundResults r, Tree tree, Reader reader, boolean[] readable, Plan plan, Value v, int k) {
        this.r = r;
        this.tree = tree;
        this.reader = reader;
        this.readable = readable;
        this.plan = plan;
        this.v = v;
        this.k = k;
        this.all = RoundResults.all(v);
    }

    void decide() {
        thresholds();
        hidden = new int[r.evaluees.size()];
        live = 0;
        for (int e = 0; e < hidden.length; e++) {
            hidden[e] = computeHiddenMask(e);
            if (r.employeeBallots(e) > 0) {
                live |= hidden[e];
            }
        }
        boolean changed = true;
        while (changed) {
            changed = leaderRows() | organisationColumns() | organisationRow() | unitTree();
        }
        if (reader.overview()) {
            for (UUID unit : tree.units()) {
                plan.unitValue.computeIfAbsent(unit, u -> new MaskReason[r.values.size()])[v.index()] = units.get(unit);
            }
        }
        qualityFigures();
    }

    // ---- 1. thresholds ----

    private void thresholds() {
        for (int e = 0; e < r.evaluees.size(); e++) {
            if (!readable[e]) {
                continue; // a shared row that hides everything (see Plan)
            }
            for (int s = v.first(); s < v.first() + v.count(); s++) {
                plan.leaderStatement[e][s] = !plan.reportShown[e] ? MaskReason.BELOW_THRESHOLD
                        : r.employees(e, s).scored() >= k ? null : MaskReason.BELOW_THRESHOLD;
            }
            plan.leaderValue[e][v.index()] = !plan.reportShown[e] ? MaskReason.BELOW_THRESHOLD
                    : r.ballotsScoring(e, v, all) >= k ? null : MaskReason.BELOW_THRESHOLD;
        }
        boolean organisation = reader.seesOrganisation();
        for (int s = v.first(); s < v.first() + v.count(); s++) {
            int scored = 0;
            for (int e = 0; e < r.evaluees.size(); e++) {
                scored += r.employees(e, s).scored();
            }
            plan.rootStatement[s] = organisation && scored >= k ? null : MaskReason.BELOW_THRESHOLD;
        }
        int scored = 0;
        int ballots = 0;
        for (int e = 0; e < r.evaluees.size(); e++) {
            scored += r.ballotsScoring(e, v, all);
            ballots += r.employeeBallots(e);
        }
        plan.rootValue[v.index()] = organisation && scored >= k && ballots >= k ? null : MaskReason.BELOW_THRESHOLD;
        for (UUID unit : tree.units()) {
            if (!reader.overview()) {
                units.put(unit, MaskReason.BELOW_THRESHOLD);
                continue;
            }
            int[] n = new int[2];
            forLeadersUnder(unit, e -> {
                n[0] += r.ballotsScoring(e, v, all);
                n[1] += r.employeeBallots(e);
            });
            units.put(unit, reader.overview() && n[0] >= k && n[1] >= k ? null : MaskReason.BELOW_THRESHOLD);
        }
    }

    // ---- 2. a leader's row ----

    /**
     * A leader's shown value minus the leader's shown statements leaves the hidden ones. Shown only when that
     * leaves nothing, or every statement that is unknown anywhere (the value's row is then one group of at least k).
     */
    private boolean leaderRows() {
        boolean changed = false;
        int live = live();
        for (int e : reader.readable()) {
            if (plan.leaderValue[e][v.index()] != null) {
                continue;
            }
            int hidden = hiddenMask(e) & live;
            if (hidden != 0 && (hidden != live || small(r.employeeBallots(e), r.ballotsScoring(e, v, hidden)))) {
                plan.leaderValue[e][v.index()] = MaskReason.DIFFERENCING;
                changed = true;
            }
        }
        return changed;
    }

    /** The statements of the value with an answer this reader cannot see, for some leader with ballots. */
    private int live() {
        return live;
    }

    /** The value's statements (as a mask of positions) whose figures this reader cannot see for a leader. */
    private int hiddenMask(int e) {
        return hidden[e];
    }

    private int computeHiddenMask(int e) {
        if (!readable[e] || !plan.reportShown[e]) {
            return all;
        }
        int mask = 0;
        for (int p = 0; p < v.count(); p++) {
            if (plan.leaderStatement[e][v.first() + p] != null) {
                mask |= 1 << p;
            }
        }
        return mask;
    }

    // ---- 4. the organisation's statements and value ----

    private boolean organisationColumns() {
        boolean changed = false;
        for (int p = 0; p < v.count(); p++) {
            int s = v.first() + p;
            if (plan.rootStatement[s] != null) {
                continue;
            }
            int ballots = 0;
            int scored = 0;
            for (int e = 0; e < r.evaluees.size(); e++) {
                if ((hiddenMask(e) & (1 << p)) != 0) {
                    ballots += r.employeeBallots(e);
                    scored += r.employees(e, s).scored();
                }
            }
            if (small(ballots, scored)) {
                plan.rootStatement[s] = MaskReason.DIFFERENCING;
                changed = true;
            }
        }
        return changed;
    }

    /** The organisation's value minus its shown statements leaves the hidden ones: their unknown cells. */
    private boolean organisationRow() {
        if (plan.rootValue[v.index()] != null) {
            return false;
        }
        boolean changed = false;
        while (true) {
            int hidden = rootHiddenMask();
            if (hidden == 0 || hidden == all) {
                return changed;
            }
            int[] n = unknown(hidden);
            if (!small(n[0], n[1])) {
                return changed;
            }
            // Hide the shown statement with the fewest unknown answers as well, until the pool is big enough.
            int best = -1;
            int bestScored = Integer.MAX_VALUE;
            for (int p = 0; p < v.count(); p++) {
                if ((hidden & (1 << p)) == 0) {
                    int scored = unknown(1 << p)[1];
                    if (scored < bestScored) {
                        bestScored = scored;
                        best = p;
                    }
                }
            }
            plan.rootStatement[v.first() + best] = MaskReason.DIFFERENCING;
            changed = true;
        }
    }

    private int rootHiddenMask() {
        int mask = 0;
        for (int p = 0; p < v.count(); p++) {
            if (plan.rootStatement[v.first() + p] != null) {
                mask |= 1 << p;
            }
        }
        return mask;
    }

    /** Ballots and scoring ballots among all leaders' unknown cells of the statements in {@code mask}. */
    private int[] unknown(int mask) {
        int ballots = 0;
        int scored = 0;
        for (int e = 0; e < r.evaluees.size(); e++) {
            int cells = hiddenMask(e) & mask;
            if (cells != 0) {
                ballots += r.employeeBallots(e);
                scored += r.ballotsScoring(e, v, cells);
            }
        }
        return new int[] {ballots, scored};
    }

    // ---- 3. the unit tree ----

    /** A leader's unknown cells in this value, unless the leader's shown value figure covers them. */
    private int[] leaderRemainder(int e) {
        if (coveredByOwnRow(e)) {
            return new int[3];
        }
        int hidden = hiddenMask(e) & live();
        return hidden == 0 || r.employeeBallots(e) == 0 ? new int[3]
                : new int[] {r.employeeBallots(e), r.ballotsScoring(e, v, hidden), hidden};
    }

    private boolean coveredByOwnRow(int e) {
        return readable[e] && plan.leaderValue[e][v.index()] == null;
    }

    private boolean rootShownOrDerivable() {
        return plan.rootValue[v.index()] == null || (reader.seesOrganisation() && rootHiddenMask() == 0);
    }

    /**
     * Every shown unit figure (and the organisation's) minus the shown figures inside it leaves a remainder: it
     * must hold 0 or at least k ballots, and — so that the organisation's statement figures cannot cut it into
     * pieces — hold every statement that is unknown anywhere, or none.
     */
    private boolean unitTree() {
        boolean changed = false;
        int live = live();
        if (rootShownOrDerivable()) {
            int[] rest = remainder(tree.rootLeaders(), tree.top());
            boolean partial = rest[2] != 0 && rest[2] != live;
            if (small(rest[0], rest[1]) || partial) {
                changed = true;
                if (partial || !hideSmallestShown(tree.top())) {
                    hideOrganisation();
                }
            }
        } else if (rootHiddenMask() != all) {
            hideOrganisation();
            changed = true;
        }
        for (UUID unit : tree.units()) {
            if (units.get(unit) != null) {
                continue;
            }
            List<UUID> below = tree.children().getOrDefault(unit, List.of());
            int[] rest = remainder(tree.leaders().getOrDefault(unit, List.of()), below);
            boolean partial = rest[2] != 0 && rest[2] != live;
            if (small(rest[0], rest[1]) || partial) {
                changed = true;
                if (partial || !hideSmallestShown(below)) {
                    units.put(unit, MaskReason.DIFFERENCING);
                }
            }
        }
        return changed;
    }

    /** The organisation's value and, with it, its statements: without the value they could be cut apart. */
    private void hideOrganisation() {
        plan.rootValue[v.index()] = MaskReason.DIFFERENCING;
        for (int s = v.first(); s < v.first() + v.count(); s++) {
            if (plan.rootStatement[s] == null) {
                plan.rootStatement[s] = MaskReason.DIFFERENCING;
            }
        }
    }

    /**
     * Unknown ballots under a node not covered by shown units inside it (its own leaders, and hidden units'), the
     * ballots that scored among them, and which statements they hold.
     */
    private int[] remainder(List<Integer> leaders, List<UUID> children) {
        int[] sum = new int[3];
        for (int e : leaders) {
            int[] n = leaderRemainder(e);
            sum[0] += n[0];
            sum[1] += n[1];
            sum[2] |= n[2];
        }
        for (UUID child : children) {
            if (units.get(child) == null) {
                continue;
            }
            int[] n = remainder(tree.leaders().getOrDefault(child, List.of()),
                    tree.children().getOrDefault(child, List.of()));
            sum[0] += n[0];
            sum[1] += n[1];
            sum[2] |= n[2];
        }
        return sum;
    }

    /** Hides the shown unit nearest below with the smallest unknown remainder that is not empty. */
    private boolean hideSmallestShown(List<UUID> children) {
        UUID best = null;
        int bestSize = Integer.MAX_VALUE;
        List<UUID> frontier = new ArrayList<>();
        collectShown(children, frontier);
        for (UUID unit : frontier) {
            int[] n = new int[2];
            forLeadersUnder(unit, e -> {
                int[] m = leaderRemainder(e);
                n[0] += m[0];
                n[1] += m[1];
            });
            if (n[0] > 0 && n[0] < bestSize) {
                bestSize = n[0];
                best = unit;
            }
        }
        if (best == null) {
            return false;
        }
        units.put(best, MaskReason.DIFFERENCING);
        return true;
    }

    private void collectShown(List<UUID> children, List<UUID> out) {
        for (UUID child : children) {
            if (units.get(child) == null) {
                out.add(child);
            } else {
                collectShown(tree.children().getOrDefault(child, List.of()), out);
            }
        }
    }

    private void forLeadersUnder(UUID unit, java.util.function.IntConsumer action) {
        tree.leaders().getOrDefault(unit, List.of()).forEach(action::accept);
        for (UUID child : tree.children().getOrDefault(unit, List.of())) {
            forLeadersUnder(child, action);
        }
    }

    // ---- statement quality ----

    /**
     * Item-rest correlations and alpha are computed over the ballots that scored every statement of the value.
     * They are correlations and ratios of variances, not sums, so they pin down no group's answers; they are shown
     * where that set holds at least k ballots and the organisation's figures they describe are shown.
     */
    private void qualityFigures() {
        int complete = r.complete[v.index()];
        for (int s = v.first(); s < v.first() + v.count(); s++) {
            plan.itemRest[s] = reader.overview() && plan.rootStatement[s] == null && complete >= k;
        }
        plan.alpha[v.index()] = reader.overview() && rootShownOrDerivable() && complete >= k;
    }

    /** A group that must not be worked out: 1 to k-1 ballots, or 1 to k-1 that scored. */
    private boolean small(int ballots, int scored) {
        return between(ballots) || between(scored);
    }

    private boolean between(int n) {
        return n > 0 && n < k;
    }
}
