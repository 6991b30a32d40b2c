package dk.pejling.reports;

import dk.pejling.reports.ReportApi.MaskReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A1 and A7 over random unit trees and ballot counts: no shown figure covers fewer than k ballots, and no difference
 * of a shown figure and a shown figure inside it isolates a group of 1..k-1 ballots, also when some figures (the
 * leaders' own reports HR may read) must stay shown.
 */
class SuppressionPropertyTest {

    /** A random tree: units under a root, leaders (with their ballot counts) under units or the root. */
    record Tree(List<Suppression.Node> nodes, int k) {
    }

    @Provide
    Arbitrary<Tree> trees() {
        Arbitrary<Integer> units = Arbitraries.integers().between(0, 12);
        Arbitrary<Integer> leaders = Arbitraries.integers().between(1, 20);
        Arbitrary<Integer> k = Arbitraries.integers().between(3, 10);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(units, leaders, k, seed).as(SuppressionPropertyTest::tree);
    }

    static Tree tree(int unitCount, int leaderCount, int k, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String> unitIds = new ArrayList<>();
        Map<String, String> parent = new HashMap<>();
        for (int u = 0; u < unitCount; u++) {
            String id = "u" + u;
            // A unit hangs under the root or under an earlier unit: any shape of tree.
            parent.put(id, unitIds.isEmpty() || random.nextInt(3) == 0 ? "root" : unitIds.get(random.nextInt(unitIds.size())));
            unitIds.add(id);
        }
        Map<String, Integer> leaderBallots = new HashMap<>();
        Map<String, Boolean> fixed = new HashMap<>();
        boolean hrReadsReports = random.nextBoolean();
        for (int l = 0; l < leaderCount; l++) {
            String id = "l" + l;
            parent.put(id, unitIds.isEmpty() || random.nextInt(5) == 0 ? "root" : unitIds.get(random.nextInt(unitIds.size())));
            // Mostly small teams, so that thresholds and differences matter.
            leaderBallots.put(id, random.nextInt(4) == 0 ? random.nextInt(25) : random.nextInt(k + 3));
            fixed.put(id, hrReadsReports);
        }
        Map<String, Integer> n = new HashMap<>();
        for (Map.Entry<String, Integer> leader : leaderBallots.entrySet()) {
            String at = leader.getKey();
            while (at != null) {
                n.merge(at, leader.getValue(), Integer::sum);
                at = "root".equals(at) ? null : parent.get(at);
            }
        }
        List<Suppression.Node> nodes = new ArrayList<>();
        nodes.add(new Suppression.Node("root", null, n.getOrDefault("root", 0), false));
        for (String unit : unitIds) {
            nodes.add(new Suppression.Node(unit, parent.get(unit), n.getOrDefault(unit, 0), false));
        }
        for (String leader : leaderBallots.keySet()) {
            if (fixed.get(leader)) {
                nodes.add(new Suppression.Node(leader, parent.get(leader), leaderBallots.get(leader), true));
            }
        }
        return new Tree(nodes, k);
    }

    @Property(tries = 2000)
    void noShownFigureNorDifferenceOfTwoIsolatesASmallGroup(@ForAll("trees") Tree tree) {
        Map<String, MaskReason> mask = Suppression.apply(tree.nodes(), tree.k());
        Map<String, Suppression.Node> byId = new HashMap<>();
        tree.nodes().forEach(node -> byId.put(node.id(), node));
        List<Suppression.Node> shown = tree.nodes().stream().filter(node -> mask.get(node.id()) == null).toList();
        for (Suppression.Node node : shown) {
            assertTrue(node.n() >= tree.k(), "shown below k: " + node);
        }
        for (Suppression.Node outer : shown) {
            for (Suppression.Node inner : shown) {
                if (inner != outer && isInside(inner, outer, byId)) {
                    int difference = outer.n() - inner.n();
                    assertTrue(difference == 0 || difference >= tree.k(),
                            outer + " minus " + inner + " = " + difference + " < k=" + tree.k());
                }
            }
        }
    }

    @Property(tries = 1000)
    void figuresShownElsewhereStayShownAndOnlyTooSmallOnesAreHiddenForTheirSize(@ForAll("trees") Tree tree) {
        Map<String, MaskReason> mask = Suppression.apply(tree.nodes(), tree.k());
        for (Suppression.Node node : tree.nodes()) {
            MaskReason reason = mask.get(node.id());
            if (node.fixed() && node.n() >= tree.k()) {
                assertNull(reason, "a leader's own report figure must not be hidden here: " + node);
            }
            if (node.n() == 0) {
                assertEquals(MaskReason.NO_ANSWERS, reason);
            } else if (node.n() < tree.k()) {
                assertEquals(MaskReason.BELOW_THRESHOLD, reason);
            } else {
                assertTrue(reason == null || reason == MaskReason.DIFFERENCING, node + " " + reason);
            }
        }
    }

    @Property(tries = 300)
    void aThresholdAtOrAboveTheFloorIsRespectedForEveryK(@ForAll @IntRange(min = 3, max = 10) int k,
            @ForAll @IntRange(min = 0, max = 30) int a, @ForAll @IntRange(min = 0, max = 30) int b) {
        // Two units under the root: whatever their sizes, root minus a shown unit is 0 or at least k.
        List<Suppression.Node> nodes = List.of(new Suppression.Node("root", null, a + b, false),
                new Suppression.Node("a", "root", a, false), new Suppression.Node("b", "root", b, false));
        Map<String, MaskReason> mask = Suppression.apply(nodes, k);
        if (mask.get("root") == null) {
            for (String unit : List.of("a", "b")) {
                if (mask.get(unit) == null) {
                    int rest = a + b - (unit.equals("a") ? a : b);
                    assertTrue(rest == 0 || rest >= k, "k=" + k + " a=" + a + " b=" + b + " " + mask);
                }
            }
        }
    }

    private static boolean isInside(Suppression.Node inner, Suppression.Node outer, Map<String, Suppression.Node> byId) {
        String at = inner.parent();
        while (at != null) {
            if (at.equals(outer.id())) {
                return true;
            }
            at = byId.get(at).parent();
        }
        return false;
    }
}
