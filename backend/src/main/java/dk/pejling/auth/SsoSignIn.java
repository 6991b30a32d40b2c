package dk.pejling.auth;

import dk.pejling.common.AuditLog;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The end of a single sign-on: the identity provider vouched for an e-mail; Pejling finds the active person with a
 * login of that e-mail in this organisation (ignoring case) and hands the browser a one-time code, which the SPA
 * trades for Pejling's own token. Nobody is created here, and the roles are Pejling's, never the provider's.
 */
@ApplicationScoped
class SsoSignIn {

    /** Why a sign-on was refused; the SPA words each for the person. */
    enum Refusal {
        UNKNOWN, DEACTIVATED, OTHER_ORGANISATION, NO_EMAIL
    }

    /** A code for the SPA, or why there is none. */
    record Outcome(String code, Refusal refusal) {
    }

    static final Duration CODE_VALIDITY = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final OrgService org;
    private final AuthService auth;
    private final AuditLog audit;

    SsoSignIn(EntityManager em, OrgService org, AuthService auth, AuditLog audit) {
        this.em = em;
        this.org = org;
        this.auth = auth;
        this.audit = audit;
    }

    @Transactional
    Outcome signIn(SsoSettings.Tenant tenant, String email) {
        if (email == null || email.isBlank()) {
            return refuse(tenant, Refusal.NO_EMAIL, null);
        }
        Optional<Account> account = Account.byEmail(email);
        if (account.isEmpty()) {
            return refuse(tenant, Refusal.UNKNOWN, email);
        }
        Account a = account.get();
        if (a.operator || !tenant.organisationId().equals(a.organisationId)) {
            return refuse(tenant, Refusal.OTHER_ORGANISATION, email);
        }
        boolean personActive = org.person(a.organisationId, a.personId).filter(PersonRef::active).isPresent();
        if (!a.active || !personActive) {
            return refuse(tenant, Refusal.DEACTIVATED, email);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("insert into sso_login_code (code_hash, account_id, method, expires_at) "
                + "values (:hash, :account, 'sso', :expires)")
                .setParameter("hash", PasswordLinks.hash(code))
                .setParameter("account", a.id)
                .setParameter("expires", Timestamp.from(Instant.now().plus(CODE_VALIDITY)))
                .executeUpdate();
        return new Outcome(code, null);
    }

    /** Pejling's token for a one-time code: once, within a minute; empty for anything else. */
    @Transactional
    Optional<AuthService.Login> exchange(String code) {
        if (code == null || code.isBlank() || code.length() > 200) {
            return Optional.empty();
        }
        em.createNativeQuery("delete from sso_login_code where expires_at < now()").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object> accounts = em.createNativeQuery(
                "delete from sso_login_code where code_hash = :hash and expires_at >= now() returning account_id")
                .setParameter("hash", PasswordLinks.hash(code.strip()))
                .getResultList();
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        Account a = Account.findById(UUID.fromString(accounts.get(0).toString()));
        if (a == null || a.organisationId == null) {
            return Optional.empty();
        }
        return auth.loginWithoutPassword(a.organisationId, a.email, "sso");
    }

    private Outcome refuse(SsoSettings.Tenant tenant, Refusal refusal, String email) {
        audit.record(tenant.organisationId(), null, "sso.refused", "email",
                email == null || email.length() <= 100 ? email : email.substring(0, 100),
                refusal.name().toLowerCase().replace('_', '-'));
        return new Outcome(null, refusal);
    }
}
