package dk.pejling.auth;

import dk.pejling.common.Role;
import dk.pejling.org.LoginAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The logins the organisation import asks for: created without a usable password and welcomed by mail (a link to
 * set one), given other roles, deactivated. A deactivation also ends the login's sessions at once.
 */
@ApplicationScoped
@Transactional
class Logins implements LoginAccounts {

    /**
     * The password hash of a login nobody has chosen a password for: the hash of a random secret that is never
     * stored or shown. One per process rather than per login, because bcrypt takes ~50–100 ms and an import may
     * create thousands.
     */
    static final String UNUSABLE_HASH = unusableHash();

    /** Statements per JDBC batch when many logins change at once. */
    private static final int BATCH_SIZE = 500;

    private final AccountMails mails;

    Logins(AccountMails mails) {
        this.mails = mails;
    }

    /** The organisation's logins by person id; read in a transaction (of its own, if none), so always fresh. */
    @Override
    public Map<UUID, AccountRef> accounts(UUID organisationId) {
        Map<UUID, AccountRef> accounts = new HashMap<>();
        for (Account a : Account.<Account>list("organisationId", organisationId)) {
            accounts.put(a.personId, new AccountRef(a.personId, a.email, roleSet(a.roles), a.active));
        }
        return accounts;
    }

    /**
     * The e-mails among {@code emails}, as given, that are the login of an account in another organisation (or of an
     * operator, who belongs to none, so to every other one). Compared by the database's {@code lower()}, as its unique
     * index on logins compares them, in one query.
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
                where a.organisation_id is null or a.organisation_id <> :org
                """, String.class)
                .setParameter("emails", emails.toArray(String[]::new))
                .setParameter("org", organisationId).getResultList();
        return new HashSet<>(taken);
    }

    @Override
    public void setRoles(UUID organisationId, UUID personId, String email, Collection<Role> roles) {
        grant(organisationId, Account.byPerson(organisationId, personId).orElse(null), personId, email, roles,
                mails.welcomes(organisationId));
    }

    /**
     * The same for many people: the organisation's logins read in one query, then every change written in JDBC
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
        boolean welcome = mails.welcomes(organisationId);
        Session session = Account.getEntityManager().unwrap(Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(BATCH_SIZE);
        try {
            for (RoleGrant g : grants) {
                grant(organisationId, accounts.get(g.personId()), g.personId(), g.email(), g.roles(), welcome);
            }
            Account.flush();
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
    }

    /** New logins are welcomed by mail; a deactivation ends the login's sessions at once. */
    private void grant(UUID organisationId, Account existing, UUID personId, String email, Collection<Role> roles,
            boolean welcome) {
        if (existing == null) {
            if (!roles.isEmpty()) {
                Account account = newLogin(organisationId, personId, email, roles);
                account.persist();
                if (welcome) {
                    mails.queueWelcome(account.id);
                }
            }
            return;
        }
        if (roles.isEmpty()) {
            if (existing.active) {
                existing.active = false;
                existing.tokenVersion++;
            }
            return;
        }
        boolean reactivated = !existing.active;
        existing.active = true;
        existing.email = email;
        existing.roles.clear();
        existing.roles.addAll(roles);
        if (reactivated && existing.passwordSetAt == null && welcome) {
            mails.queueWelcome(existing.id);
        }
    }

    static Account newLogin(UUID organisationId, UUID personId, String email, Collection<Role> roles) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.organisationId = organisationId;
        account.personId = personId;
        account.email = email;
        account.passwordHash = UNUSABLE_HASH;
        account.roles = EnumSet.copyOf(roles);
        return account;
    }

    private static Set<Role> roleSet(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static String unusableHash() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return PasswordHashing.hash(Base64.getEncoder().encodeToString(secret));
    }
}
