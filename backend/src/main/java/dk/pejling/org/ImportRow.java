package dk.pejling.org;

import dk.pejling.common.Role;
import java.util.Set;

/** One data row of the organisation file, trimmed, with runs of white space made one space; blank cells are null. */
record ImportRow(int line, String unit, String parentUnit, String name, String email, String managerEmail,
        Set<Role> roles) {

    /** A row that only names a unit (and perhaps its parent): a unit without people. */
    boolean unitOnly() {
        return name == null && email == null && managerEmail == null && roles.isEmpty();
    }
}
