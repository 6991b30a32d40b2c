package dk.pejling.org;

import dk.pejling.common.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the organisation import needs of logins. Declared here, where it is needed, and provided by the auth feature,
 * so that the import can create and change logins without the organisation depending on how logins work.
 */
public interface LoginAccounts {

    /** What the import may know of a login: whose it is, its roles, whether it can log in. */
    record AccountRef(UUID personId, String email, Set<Role> roles, boolean active) {
    }

    /** The organisation's logins by person id, read fresh. */
    Map<UUID, AccountRef> accounts(UUID organisationId);

    /**
     * The e-mails among {@code emails}, as given, that are the login of an account in another organisation, compared
     * as the database's unique index on logins compares them: an e-mail is a login name across all organisations, so
     * such a person cannot get a login here.
     */
    Set<String> loginsElsewhere(UUID organisationId, Collection<String> emails);

    /**
     * Gives a person of the organisation exactly these roles: creates a login when there is none, updates roles and
     * e-mail, reactivates; no roles deactivates the login (it is kept, since the audit log names it).
     */
    void setRoles(UUID organisationId, UUID personId, String email, Collection<Role> roles);

    /** One person's login and roles, for {@link #setRoles(UUID, Collection)}. */
    record RoleGrant(UUID personId, String email, Set<Role> roles) {
    }

    /**
     * {@link #setRoles(UUID, UUID, String, Collection)} for many people of the organisation at once, at a cost that
     * grows with their number and nothing else: what the organisation import uses for a whole organisation.
     */
    void setRoles(UUID organisationId, Collection<RoleGrant> grants);
}
