package dk.pejling.auth;

import dk.pejling.common.AuditLog;
import dk.pejling.common.Problem;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.OrganisationRef;
import dk.pejling.org.OrgService.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Links that let a person choose a password: a welcome link (7 days) for a new login, a reset link (1 hour) on
 * request. A new link makes the login's earlier ones void; using one sets the password, voids every link of the
 * login and ends all its sessions (tokens issued before are refused from then on).
 */
@ApplicationScoped
@Transactional
class PasswordLinks {

    static final Duration WELCOME_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuditLog audit;
    private final OrgService org;
    private final SsoSettings sso;

    PasswordLinks(AuditLog audit, OrgService org, SsoSettings sso) {
        this.audit = audit;
        this.org = org;
        this.sso = sso;
    }

    /** A new link for the login; the token is returned once, for the mail, and only its hash is kept. */
    String issue(UUID accountId, PasswordToken.Purpose purpose) {
        Instant now = Instant.now();
        voidOpenLinks(accountId, now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        PasswordToken link = new PasswordToken();
        link.id = UUID.randomUUID();
        link.accountId = accountId;
        link.tokenHash = hash(token);
        link.purpose = purpose;
        link.createdAt = now;
        link.expiresAt = now.plus(purpose == PasswordToken.Purpose.WELCOME ? WELCOME_VALIDITY : RESET_VALIDITY);
        link.persist();
        return token;
    }

    /**
     * Sets the password of the login the link belongs to. An unknown, used or expired link, or one of a login that
     * can no longer log in, gets the same 400; a password that breaks a rule gets a 400 naming {@code password}.
     */
    void setPassword(String token, String password, boolean english) {
        PasswordToken link = token == null || token.isBlank() ? null
                : PasswordToken.<PasswordToken>find("tokenHash", hash(token.strip()))
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        Instant now = Instant.now();
        Account account = link == null ? null : Account.findById(link.accountId);
        if (link == null || link.usedAt != null || !link.expiresAt.isAfter(now) || account == null
                || !canLogIn(account)) {
            throw new ProblemException(ProblemType.INVALID_LINK, "The link is unknown, used or expired.",
                    List.of(new Problem.FieldError("token", "is unknown, used or expired")));
        }
        PasswordPolicy.check(password, account.email, english);
        account.passwordHash = PasswordHashing.hash(password);
        account.passwordSetAt = now;
        account.tokenVersion++;
        voidOpenLinks(account.id, now);
        link.usedAt = now;
        audit.record(account.organisationId, account.operator ? account.id : account.personId, "password.set",
                "account", account.id.toString(), link.purpose.name().toLowerCase());
    }

    /** Whether the login may get a link now: active, its person and organisation active, passwords allowed. */
    boolean canLogIn(Account account) {
        if (!account.active) {
            return false;
        }
        if (account.operator) {
            return true;
        }
        return org.person(account.organisationId, account.personId).filter(PersonRef::active).isPresent()
                && org.organisation(account.organisationId).filter(OrganisationRef::active).isPresent()
                && sso.passwordsAllowed(account.organisationId);
    }

    private static void voidOpenLinks(UUID accountId, Instant now) {
        PasswordToken.update("usedAt = ?1 where accountId = ?2 and usedAt is null", now, accountId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
