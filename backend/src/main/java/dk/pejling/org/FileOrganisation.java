package dk.pejling.org;

import dk.pejling.org.OrgSnapshot.SnapshotUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The organisation as a file has it, built by {@link ImportCheck} from the rows that are right: its units with their
 * parents, and its people by e-mail key, each in file order.
 */
final class FileOrganisation {

    /** Unit key → its spelling in the file (the first), in file order. */
    final Map<String, String> units = new LinkedHashMap<>();
    /** Unit key → parent key, for units that a row gives a parent (a unit not in it is a top unit). */
    final Map<String, String> parents = new HashMap<>();
    /** Unit key → the line that gives its parent. */
    final Map<String, Integer> parentLines = new HashMap<>();
    /** Parent unit key → its spelling in the file, for messages about units that exist nowhere else. */
    final Map<String, String> parentSpellings = new HashMap<>();
    /** E-mail key → the person's row, in file order. */
    final Map<String, ImportRow> people = new LinkedHashMap<>();

    private final OrgSnapshot organisation;

    FileOrganisation(OrgSnapshot organisation) {
        this.organisation = organisation;
    }

    /** A unit's parent after the import: the file's word where the file names the unit, else the organisation's. */
    String finalParent(String unit) {
        if (units.containsKey(unit)) {
            return parents.get(unit);
        }
        return organisation.parentKey(unit);
    }

    /** A unit's name as the file spells it, else as the organisation does. */
    String displayUnit(String key) {
        String name = units.get(key);
        if (name != null) {
            return name;
        }
        SnapshotUnit unit = organisation.unit(key);
        return unit != null ? unit.name() : parentSpellings.getOrDefault(key, key);
    }
}
