package dk.pejling.auth;

import dk.pejling.auth.AccountsResource.AccountDto;
import dk.pejling.common.AuditLog;
import dk.pejling.common.ProblemException;
import dk.pejling.org.OrgLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HR's view of the organisation's logins, and the welcome mail sent again. */
@ApplicationScoped
@Transactional
class AccountAdmin {

    private final OrgLookup lookup;
    private final AccountMails mails;
    private final SsoSettings sso;
    private final AuditLog audit;

    AccountAdmin(OrgLookup lookup, AccountMails mails, SsoSettings sso, AuditLog audit) {
        this.lookup = lookup;
        this.mails = mails;
        this.sso = sso;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<AccountDto> list(UUID organisationId) {
        List<Account> accounts = Account.list("organisationId", organisationId);
        Map<UUID, String> names = lookup.names(organisationId, accounts.stream().map(a -> a.personId).toList());
        Map<UUID, Instant> welcomed = mails.lastWelcome(accounts.stream().map(a -> a.id).toList());
        return accounts.stream()
                .map(a -> new AccountDto(a.personId, names.getOrDefault(a.personId, ""), a.email,
                        a.roles.stream().sorted().toList(), a.active, a.passwordSetAt != null, welcomed.get(a.id)))
                .sorted(Comparator.comparing(AccountDto::name).thenComparing(AccountDto::email))
                .toList();
    }

    void resendWelcome(UUID organisationId, UUID actorId, UUID personId) {
        Account account = Account.byPerson(organisationId, personId).filter(a -> a.active)
                .orElseThrow(() -> ProblemException.notFound("No active login of the organisation for this person."));
        if (!sso.passwordsAllowed(organisationId)) {
            throw ProblemException.conflict("The organisation logs in through single sign-on only.");
        }
        mails.queueWelcome(account.id, organisationId);
        audit.record(organisationId, actorId, "account.welcome-resent", "person", personId.toString(), null);
    }
}
