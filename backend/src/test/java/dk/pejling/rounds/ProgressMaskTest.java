package dk.pejling.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** HR's progress of an open round never gives away a count of employee answers from 1 to k − 1, nor a 0. */
class ProgressMaskTest {

    private static ProgressMask.Leader leader(String key, String unit, long submitted) {
        return new ProgressMask.Leader(key, unit, 10, submitted);
    }

    @Test
    void aUnitIsHiddenWhenItMinusItsShownLeaderLeavesAFewAnswers() {
        ProgressMask.Shown shown = ProgressMask.apply(List.of(leader("a", "Plejen", 7), leader("b", "Plejen", 2),
                leader("c", "Skolen", 6)), 5);
        assertEquals(7L, shown.leaders().get("a"));
        assertNull(shown.leaders().get("b"));
        assertNull(shown.units().get("Plejen"), "9 − 7 would give b's 2");
        assertEquals(6L, shown.units().get("Skolen"));
        assertNull(shown.total(), "15 − 6 − 7 would give b's 2 as well");
    }

    @Test
    void aUnitWhoseHiddenLeadersTogetherHaveKIsShown() {
        ProgressMask.Shown shown = ProgressMask.apply(List.of(leader("a", "Plejen", 3), leader("b", "Plejen", 2),
                leader("c", "Plejen", 9)), 5);
        assertEquals(14L, shown.units().get("Plejen"));
        assertEquals(14L, shown.total());
    }

    @Test
    void nobodyHasAnsweredShowsNoZero() {
        ProgressMask.Shown shown = ProgressMask.apply(List.of(leader("a", "Plejen", 0), leader("b", "Skolen", 0)), 3);
        assertNull(shown.leaders().get("a"));
        assertNull(shown.units().get("Plejen"));
        assertNull(shown.total());
    }

    /**
     * Everything HR sees is a leader's count, a unit's (the sum of its leaders) or the total. Whatever HR subtracts,
     * the answers it cannot see leader by leader are only ever obtained in lumps of 0 with nothing hidden, or k.
     */
    @Property(tries = 2000)
    void nothingShownLeavesAGroupBelowK(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 12) Integer> counts,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 3) Integer> unitOf,
            @ForAll @IntRange(min = 3, max = 6) int k) {
        List<ProgressMask.Leader> leaders = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            leaders.add(leader("l" + i, "u" + unitOf.get(i), counts.get(i)));
        }
        ProgressMask.Shown shown = ProgressMask.apply(leaders, k);
        for (ProgressMask.Leader l : leaders) {
            Long count = shown.leaders().get(l.key());
            assertTrue(count == null || count >= k, "leader " + count);
        }
        long hiddenInHiddenUnits = 0;
        boolean hiddenUnit = false;
        for (Map.Entry<String, Long> unit : shown.units().entrySet()) {
            List<ProgressMask.Leader> in = leaders.stream().filter(l -> l.unit().equals(unit.getKey())).toList();
            long rest = in.stream().filter(l -> shown.leaders().get(l.key()) == null)
                    .mapToLong(ProgressMask.Leader::submitted).sum();
            boolean anyHidden = in.stream().anyMatch(l -> shown.leaders().get(l.key()) == null);
            if (unit.getValue() != null) {
                assertTrue(!anyHidden || rest >= k, "unit " + unit.getKey() + " leaves " + rest);
            } else {
                hiddenUnit = true;
                hiddenInHiddenUnits += rest;
            }
        }
        if (shown.total() != null) {
            assertTrue(!hiddenUnit || hiddenInHiddenUnits >= k, "total leaves " + hiddenInHiddenUnits);
        }
    }
}
