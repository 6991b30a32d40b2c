package dk.pejling.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the person and organisation from the verified token, the roles as the database has them now (the
 * auth feature replaces the token's roles on every request). The only source of identity for object-level checks.
 */
@RequestScoped
public class CurrentUser {

    /** The token claim that names the caller's organisation. */
    public static final String ORGANISATION_CLAIM = "org";
    /** The token claim that holds the login's version when the token was issued. */
    public static final String VERSION_CLAIM = "ver";

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * Pejling's verified token: the identity's principal. (Not an injected JsonWebToken: with single sign-on on
     * board, that would be the identity provider's token producer, which knows no Pejling token.)
     */
    private JsonWebToken jwt() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return token;
        }
        throw new ProblemException(ProblemType.UNAUTHORIZED, "A valid bearer token is required.");
    }

    /** The person id of an organisation's login; for an operator, the operator's login id. */
    public UUID personId() {
        return uuid(jwt().getSubject());
    }

    /** The caller's organisation. An operator has none and is refused (403) by anything that asks. */
    public UUID organisationId() {
        Object claim = jwt().getClaim(ORGANISATION_CLAIM);
        if (claim == null && isOperator()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "An operator reads nothing inside an organisation.");
        }
        return uuid(claim == null ? null : claim.toString());
    }

    public boolean isOperator() { return identity.hasRole(Role.Names.OPERATOR); }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (identity.hasRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return identity.hasRole(role.name());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.replace("\"", ""));
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "The token does not name a Pejling user.");
        }
    }
}
