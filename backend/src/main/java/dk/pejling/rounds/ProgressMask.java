package dk.pejling.rounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which counts of employee answers HR may see on a round's progress (docs/anonymity.md, section 1): a leader's count
 * only from k; a unit's only when it cannot be cut into its leaders' shown counts plus a small rest; the total only
 * when the same holds for the units it shows. Counts of 0 are below k too: they would say who has not answered.
 */
final class ProgressMask {

    /** The employee tickets of one leader: invited and used. */
    record Leader(Object key, String unit, long invited, long submitted) {
    }

    /** What may be shown: a leader's or a unit's submitted count, null where hidden; the total likewise. */
    record Shown(Map<Object, Long> leaders, Map<String, Long> units, Long total) {
    }

    private ProgressMask() {
    }

    static Shown apply(List<Leader> leaders, int k) {
        Map<Object, Long> shownLeaders = new LinkedHashMap<>();
        Map<String, List<Leader>> byUnit = new LinkedHashMap<>();
        for (Leader leader : leaders) {
            shownLeaders.put(leader.key(), leader.submitted() >= k ? leader.submitted() : null);
            byUnit.computeIfAbsent(leader.unit(), u -> new ArrayList<>()).add(leader);
        }
        Map<String, Long> shownUnits = new LinkedHashMap<>();
        long hiddenRest = 0;
        boolean anyHiddenUnit = false;
        for (Map.Entry<String, List<Leader>> unit : byUnit.entrySet()) {
            long sum = 0;
            long rest = 0;
            boolean hiddenLeader = false;
            for (Leader leader : unit.getValue()) {
                sum += leader.submitted();
                if (shownLeaders.get(leader.key()) == null) {
                    hiddenLeader = true;
                    rest += leader.submitted();
                }
            }
            // The unit minus its shown leaders is the rest of its hidden leaders: none, or at least k.
            boolean show = !hiddenLeader || rest >= k;
            shownUnits.put(unit.getKey(), show ? sum : null);
            if (!show) {
                anyHiddenUnit = true;
                hiddenRest += rest;
            }
        }
        // The total minus the shown units (and the shown leaders inside hidden units) is the hidden units' rest.
        Long total = !anyHiddenUnit || hiddenRest >= k
                ? leaders.stream().mapToLong(Leader::submitted).sum() : null;
        return new Shown(shownLeaders, shownUnits, total);
    }
}
