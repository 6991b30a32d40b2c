package dk.pejling.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified token: the only source of identity for object-level checks. */
@RequestScoped
public class CurrentUser {

    /** The token claim that names the caller's organisation. */
    public static final String ORGANISATION_CLAIM = "org";

    private final JsonWebToken jwt;

    CurrentUser(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public UUID personId() {
        return uuid(jwt.getSubject());
    }

    public UUID organisationId() {
        Object claim = jwt.getClaim(ORGANISATION_CLAIM);
        return uuid(claim == null ? null : claim.toString());
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : jwt.getGroups()) {
            for (Role role : Role.values()) {
                if (role.name().equals(group)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return jwt.getGroups().contains(role.name());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.replace("\"", ""));
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "The token does not name a Pejling user.");
        }
    }
}
