package dk.pejling.auth;

import dk.pejling.common.AuditLog;
import dk.pejling.common.CurrentUser;
import dk.pejling.common.PejlingConfig;
import dk.pejling.common.Role;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.OrganisationRef;
import dk.pejling.org.OrgService.PersonRef;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Logging in: password check, token issuing, who the signed-in user is; and creating logins with a password. */
@ApplicationScoped
@Transactional
public class AuthService {

    /** Compared against when the e-mail is unknown, so that both failures take the same time. */
    private static final String DUMMY_HASH = PasswordHashing.hash("pejling-timing-equaliser");

    /**
     * The signed-in user as the API shows it. {@code organisation} is null for an operator, whose {@code id} is
     * the login's id (a person's is the person id).
     */
    public record User(UUID id, String name, String email, OrganisationRef organisation, Set<Role> roles,
            boolean operator) {
    }

    public record Login(String token, Instant expiresAt, User user) {
    }

    private final OrgService org;
    private final AuditLog audit;
    private final PejlingConfig config;
    private final SsoSettings sso;

    AuthService(OrgService org, AuditLog audit, PejlingConfig config, SsoSettings sso) {
        this.org = org;
        this.audit = audit;
        this.config = config;
        this.sso = sso;
    }

    /** A token for the right e-mail and password; empty for anything else, without saying which part was wrong. */
    public Optional<Login> login(String email, String password) {
        Optional<Account> account = Account.byEmail(email).filter(a -> a.active);
        String hash = account.map(a -> a.passwordHash).orElse(DUMMY_HASH);
        boolean matches = PasswordHashing.matches(password, hash);
        Optional<User> user = account.filter(a -> matches).flatMap(this::user);
        boolean passwordsAllowed = account.map(a -> a.operator || sso.passwordsAllowed(a.organisationId))
                .orElse(false);
        if (user.isEmpty() || !passwordsAllowed) {
            audit.record(account.map(a -> a.organisationId).orElse(null), account.map(this::actor).orElse(null),
                    "login.failed", "account", account.map(a -> a.id.toString()).orElse(null),
                    matches && !passwordsAllowed ? "single sign-on only" : null);
            return Optional.empty();
        }
        Account a = account.get();
        if (PasswordHashing.plain(a.passwordHash)) {
            a.passwordHash = PasswordHashing.hash(password);
        }
        return Optional.of(issue(a, user.get(), "password"));
    }

    /** A token for the active person with a login of this e-mail in this organisation (single sign-on). */
    Optional<Login> loginWithoutPassword(UUID organisationId, String email, String method) {
        Optional<Account> account = Account.byEmail(email)
                .filter(a -> a.active && !a.operator && organisationId.equals(a.organisationId));
        Optional<User> user = account.flatMap(this::user);
        return user.map(u -> issue(account.get(), u, method));
    }

    private Login issue(Account a, User user, String method) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(config.auth().tokenLifespan());
        var claims = Jwt.issuer(config.auth().issuer())
                .audience(config.auth().audience())
                .subject((a.operator ? a.id : a.personId).toString())
                .upn(a.email)
                .groups(a.operator ? Set.of(Role.Names.OPERATOR)
                        : a.roles.stream().map(Role::name).collect(Collectors.toSet()))
                .claim(CurrentUser.VERSION_CLAIM, a.tokenVersion)
                .issuedAt(now)
                .expiresAt(expiresAt);
        if (!a.operator) {
            claims.claim(CurrentUser.ORGANISATION_CLAIM, a.organisationId.toString());
        }
        audit.record(a.organisationId, actor(a), "login", "account", a.id.toString(), method);
        return new Login(claims.jws().keyId(config.auth().keyId()).sign(), expiresAt, user);
    }

    /** The user behind a verified token, if the person and an active login still exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> user(UUID organisationId, UUID personId) {
        return Account.byPerson(organisationId, personId).filter(a -> a.active).flatMap(this::user);
    }

    /** The operator behind a verified token, if the login still exists and is active. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> operator(UUID accountId) {
        return Account.operatorById(accountId).filter(a -> a.active).flatMap(this::user);
    }

    /** A person's login with a password of their own (the demo, tests): counts as set by the person. */
    public UUID createAccount(UUID organisationId, UUID personId, String email, String password,
            Collection<Role> roles) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.organisationId = organisationId;
        account.personId = personId;
        account.email = email;
        account.passwordHash = PasswordHashing.hash(password);
        account.passwordSetAt = Instant.now();
        account.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        account.persist();
        return account.id;
    }

    /** An operator with a password (the demo's); empty when the e-mail is already a login. */
    public Optional<UUID> createOperator(String email, String name, String password) {
        if (Account.byEmail(email).isPresent()) {
            return Optional.empty();
        }
        Account account = Operators.newOperator(email, name);
        account.passwordHash = PasswordHashing.hash(password);
        account.passwordSetAt = Instant.now();
        account.persist();
        return Optional.of(account.id);
    }

    /** Whether the e-mail is the login of any account, in any organisation or of an operator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean loginExists(String email) {
        return Account.byEmail(email).isPresent();
    }

    /** Who an audit record names as the actor: the person, or for an operator the login. */
    UUID actor(Account a) {
        return a.operator ? a.id : a.personId;
    }

    private Optional<User> user(Account a) {
        if (a.operator) {
            return Optional.of(new User(a.id, a.name, a.email, null, EnumSet.noneOf(Role.class), true));
        }
        Optional<PersonRef> person = org.person(a.organisationId, a.personId).filter(PersonRef::active);
        Optional<OrganisationRef> organisation = org.organisation(a.organisationId).filter(OrganisationRef::active);
        if (person.isEmpty() || organisation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new User(person.get().id(), person.get().name(), a.email, organisation.get(),
                EnumSet.copyOf(a.roles.isEmpty() ? EnumSet.noneOf(Role.class) : a.roles), false));
    }
}
