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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> loginsElsewhere(UUID organisationId, Collection<String> emails) {
        Set<String> wanted = new HashSet<>();
        emails.forEach(e -> wanted.add(e.toLowerCase(Locale.ROOT)));
        Set<String> taken = new HashSet<>();
        List<String> lowered = List.copyOf(wanted);
        for (int from = 0; from < lowered.size(); from += 1000) {
            List<String> chunk = lowered.subList(from, Math.min(lowered.size(), from + 1000));
            // An operator's e-mail is taken too: it belongs to no organisation, so to every other one.
            Account.<Account>list("(organisationId is null or organisationId <> ?1) and lower(email) in ?2",
                    organisationId, chunk).forEach(a -> taken.add(a.email.toLowerCase(Locale.ROOT)));
        }
        return taken;
    }

    @Override
    public void setRoles(UUID organisationId, UUID personId, String email, Collection<Role> roles) {
        Optional<Account> existing = Account.byPerson(organisationId, personId);
        if (existing.isEmpty()) {
            if (!roles.isEmpty()) {
                Account account = newLogin(organisationId, personId, email, roles);
                account.persist();
                mails.queueWelcome(account.id, account.organisationId);
            }
            return;
        }
        Account account = existing.get();
        if (roles.isEmpty()) {
            if (account.active) {
                account.active = false;
                account.tokenVersion++;
            }
            return;
        }
        boolean reactivated = !account.active;
        account.active = true;
        account.email = email;
        account.roles.clear();
        account.roles.addAll(roles);
        if (reactivated && account.passwordSetAt == null) {
            mails.queueWelcome(account.id, account.organisationId);
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
