package dk.pejling.auth;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.PejlingConfig;
import dk.pejling.common.Role;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.OrganisationRef;
import dk.pejling.org.OrgService.PersonRef;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every authenticated request sees the login as the database has it now, not as the token had it: the login must
 * be active and of the token's version (a password set or a deactivation raises it), its person and organisation
 * active, and the roles are read here and replace the token's. So a deactivation or a removed role takes effect on
 * the very next request, on every replica, with no cache to go stale. An identity from anyone but Pejling (an
 * identity provider's, during single sign-on) is given no role at all.
 */
@ApplicationScoped
class LiveIdentity implements SecurityIdentityAugmentor {

    private final Check check;
    private final PejlingConfig config;

    LiveIdentity(Check check, PejlingConfig config) {
        this.check = check;
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || !config.auth().issuer().equals(jwt.getIssuer())) {
            return Uni.createFrom().item(withRoles(identity, Set.of()));
        }
        return context.runBlocking(() -> {
            Set<String> roles = check.roles(jwt).orElseThrow(() -> new AuthenticationFailedException(
                    "The login behind this token is deactivated, changed or gone."));
            return withRoles(identity, roles);
        });
    }

    private static SecurityIdentity withRoles(SecurityIdentity identity, Set<String> roles) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .setAnonymous(false)
                .build();
    }

    /** The database side of the check, in a transaction of its own. */
    @ApplicationScoped
    static class Check {

        private final OrgService org;

        Check(OrgService org) {
            this.org = org;
        }

        /** The login's roles now (with {@code member} for a person, {@code operator} for an operator), if valid. */
        @Transactional
        Optional<Set<String>> roles(JsonWebToken jwt) {
            UUID subject = uuid(jwt.getSubject());
            Object organisationClaim = jwt.getClaim(CurrentUser.ORGANISATION_CLAIM);
            int version = version(jwt.getClaim(CurrentUser.VERSION_CLAIM));
            if (subject == null) {
                return Optional.empty();
            }
            if (organisationClaim == null) {
                return Account.operatorById(subject)
                        .filter(a -> a.active && a.tokenVersion == version)
                        .map(a -> Set.of(Role.Names.OPERATOR));
            }
            UUID organisationId = uuid(organisationClaim.toString());
            if (organisationId == null) {
                return Optional.empty();
            }
            Optional<Account> account = Account.byPerson(organisationId, subject)
                    .filter(a -> a.active && !a.operator && a.tokenVersion == version);
            if (account.isEmpty()
                    || org.person(organisationId, subject).filter(PersonRef::active).isEmpty()
                    || org.organisation(organisationId).filter(OrganisationRef::active).isEmpty()) {
                return Optional.empty();
            }
            Set<String> roles = new HashSet<>();
            account.get().roles.forEach(r -> roles.add(r.name()));
            roles.add(Role.Names.ANY);
            return Optional.of(roles);
        }

        private static int version(Object claim) {
            if (claim == null) {
                return 0;
            }
            try {
                return Integer.parseInt(claim.toString().replace("\"", ""));
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static UUID uuid(String value) {
            try {
                return value == null ? null : UUID.fromString(value.replace("\"", ""));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
