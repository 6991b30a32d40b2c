package dk.pejling.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A role an account may hold; the constant names are the wire names, as they appear in tokens and JSON.
 * A person may hold several.
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
        /** Any authenticated user. */
        public static final String ANY = "**";

        private Names() {
        }
    }
}
