package dk.pejling.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A role a person's login may hold in their organisation; the constant names are the wire names, as they appear in
 * tokens and JSON. A person may hold several. The platform's operators hold none of these: they have the role
 * {@link Names#OPERATOR} only, which no organisation endpoint allows.
 */
@Schema(name = "Role", description = "admin: system owner · hr: HR consultant · leader: evaluated leader · "
        + "manager: a leader's own leader")
@SuppressWarnings("java:S115")
public enum Role {
    admin, hr, leader, manager;

    /** For {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "admin";
        public static final String HR = "hr";
        public static final String LEADER = "leader";
        public static final String MANAGER = "manager";
        /**
         * Any signed-in person of an organisation, whatever their roles (every login of an organisation has it; an
         * operator does not, so operators are refused everywhere inside an organisation).
         */
        public static final String ANY = "member";
        /** The platform's operator: manages organisations, reads nothing inside one. */
        public static final String OPERATOR = "operator";

        private Names() {
        }
    }
}
