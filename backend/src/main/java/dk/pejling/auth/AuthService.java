package dk.pejling.auth;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.common.AuditLog;
import dk.pejling.common.PejlingConfig;
import dk.pejling.org.LoginAccounts;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.OrganisationRef;
import dk.pejling.org.OrgService.PersonRef;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Local accounts: password check, token issuing, account creation. */
@ApplicationScoped
@Transactional
public class AuthService implements LoginAccounts {

    /** bcrypt cost: ~50–100 ms a check on the project's machines, slow enough for offline guessing. */
    private static final int BCRYPT_COST = 10;

    /** Compared against when the e-mail is unknown, so that both failures take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("pejling-timing-equaliser", BCRYPT_COST);

    /**
     * The password hash of accounts made by the organisation import: a bcrypt hash of a random secret that is never
     * stored or shown, so nobody can log in with a password until one is set (password reset or SSO, later). One
     * hash per process rather than per account, because bcrypt takes ~50–100 ms and an import may create hundreds.
     */
    private static final String UNUSABLE_HASH = unusableHash();

    /** Statements per JDBC batch when many accounts change at once. */
    private static final int BATCH_SIZE = 500;

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

    /** The organisation's accounts by person id; read in a transaction (of its own, if none), so always fresh. */
    @Override
    public Map<UUID, AccountRef> accounts(UUID organisationId) {
        Map<UUID, AccountRef> accounts = new HashMap<>();
        for (Account a : Account.<Account>list("organisationId", organisationId)) {
            accounts.put(a.personId, new AccountRef(a.personId, a.email, roleSet(a.roles), a.active));
        }
        return accounts;
    }

    /**
     * The e-mails among {@code emails}, as given, that are the login of an account in another organisation. Compared
     * by the database's {@code lower()}, as its unique index on logins compares them, in one query.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> loginsElsewhere(UUID organisationId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> taken = Account.getEntityManager().createNativeQuery("""
                select distinct e.email from unnest(cast(:emails as varchar[])) as e(email)
                join account a on lower(a.email) = lower(e.email)
                where a.organisation_id <> :org
                """, String.class)
                .setParameter("emails", emails.toArray(String[]::new))
                .setParameter("org", organisationId).getResultList();
        return new HashSet<>(taken);
    }

    /**
     * Gives a person of the organisation exactly these roles: creates an account without a usable password when
     * there is none, updates roles and e-mail, reactivates; no roles deactivates the account (it is kept, since the
     * audit log names it).
     */
    @Override
    public void setRoles(UUID organisationId, UUID personId, String email, Collection<Role> roles) {
        grant(organisationId, Account.byPerson(organisationId, personId).orElse(null), personId, email, roles);
    }

    /**
     * The same for many people: the organisation's accounts read in one query, then every change written in JDBC
     * batches at one flush, so that no query runs between the changes (each would flush, and check, everything
     * changed so far).
     */
    @Override
    public void setRoles(UUID organisationId, Collection<RoleGrant> grants) {
        if (grants.isEmpty()) {
            return;
        }
        Map<UUID, Account> accounts = new HashMap<>();
        Account.<Account>find("select distinct a from Account a left join fetch a.roles where a.organisationId = ?1",
                organisationId).list().forEach(a -> accounts.put(a.personId, a));
        Session session = Account.getEntityManager().unwrap(Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(BATCH_SIZE);
        try {
            for (RoleGrant g : grants) {
                grant(organisationId, accounts.get(g.personId()), g.personId(), g.email(), g.roles());
            }
            Account.flush();
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
    }

    private void grant(UUID organisationId, Account existing, UUID personId, String email, Collection<Role> roles) {
        if (existing == null) {
            if (!roles.isEmpty()) {
                Account account = new Account();
                account.id = UUID.randomUUID();
                account.organisationId = organisationId;
                account.personId = personId;
                account.email = email;
                account.passwordHash = UNUSABLE_HASH;
                account.roles = EnumSet.copyOf(roles);
                account.persist();
            }
            return;
        }
        if (roles.isEmpty()) {
            existing.active = false;
            return;
        }
        existing.active = true;
        existing.email = email;
        existing.roles.clear();
        existing.roles.addAll(roles);
    }

    private static Set<Role> roleSet(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static String unusableHash() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(secret), BCRYPT_COST);
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
