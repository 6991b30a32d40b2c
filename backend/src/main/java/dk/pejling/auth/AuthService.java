package dk.pejling.auth;

import dk.pejling.common.AuditLog;
import dk.pejling.common.PejlingConfig;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.OrganisationRef;
import dk.pejling.org.OrgService.PersonRef;
import io.quarkus.elytron.security.common.BcryptUtil;
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

/** Local accounts: password check, token issuing, account creation. */
@ApplicationScoped
@Transactional
public class AuthService {

    /** bcrypt cost: ~50–100 ms a check on the project's machines, slow enough for offline guessing. */
    private static final int BCRYPT_COST = 10;

    /** Compared against when the e-mail is unknown, so that both failures take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("pejling-timing-equaliser", BCRYPT_COST);

    /** The signed-in user as the API shows it. */
    public record User(UUID id, String name, String email, OrganisationRef organisation, Set<Role> roles) {
    }

    public record Login(String token, Instant expiresAt, User user) {
    }

    private final OrgService org;
    private final AuditLog audit;
    private final PejlingConfig config;

    AuthService(OrgService org, AuditLog audit, PejlingConfig config) {
        this.org = org;
        this.audit = audit;
        this.config = config;
    }

    /** A token for the right e-mail and password; empty for anything else, without saying which part was wrong. */
    public Optional<Login> login(String email, String password) {
        Optional<Account> account = Account.byEmail(email).filter(a -> a.active);
        String hash = account.map(a -> a.passwordHash).orElse(DUMMY_HASH);
        boolean matches = BcryptUtil.matches(password, hash);
        if (account.isEmpty() || !matches) {
            audit.record(account.map(a -> a.organisationId).orElse(null), account.map(a -> a.personId).orElse(null),
                    "login.failed", "account", account.map(a -> a.id.toString()).orElse(null), null);
            return Optional.empty();
        }
        Account a = account.get();
        Optional<User> user = user(a);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Instant expiresAt = Instant.now().plus(config.auth().tokenLifespan());
        String token = Jwt.issuer(config.auth().issuer())
                .audience(config.auth().audience())
                .subject(a.personId.toString())
                .upn(a.email)
                .groups(a.roles.stream().map(Role::name).collect(Collectors.toSet()))
                .claim(CurrentUser.ORGANISATION_CLAIM, a.organisationId.toString())
                .issuedAt(Instant.now())
                .expiresAt(expiresAt)
                .sign();
        audit.record(a.organisationId, a.personId, "login", "account", a.id.toString(), null);
        return Optional.of(new Login(token, expiresAt, user.get()));
    }

    /** The user behind a verified token, if the person and an active account still exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> user(UUID organisationId, UUID personId) {
        return Account.byPerson(organisationId, personId).filter(a -> a.active).flatMap(this::user);
    }

    public UUID createAccount(UUID organisationId, UUID personId, String email, String password,
            Collection<Role> roles) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.organisationId = organisationId;
        account.personId = personId;
        account.email = email;
        account.passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
        account.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        account.persist();
        return account.id;
    }

    private Optional<User> user(Account a) {
        Optional<PersonRef> person = org.person(a.organisationId, a.personId).filter(PersonRef::active);
        Optional<OrganisationRef> organisation = org.organisation(a.organisationId);
        if (person.isEmpty() || organisation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new User(person.get().id(), person.get().name(), a.email, organisation.get(),
                EnumSet.copyOf(a.roles.isEmpty() ? EnumSet.noneOf(Role.class) : a.roles)));
    }
}
