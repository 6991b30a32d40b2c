package dk.pejling.auth;

import dk.pejling.common.AuditLog;
import dk.pejling.common.PejlingConfig;
import dk.pejling.common.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The platform's operators and the first admin of each organisation. On start, {@code
 * PEJLING_BOOTSTRAP_OPERATOR_EMAIL} creates an operator when no login has that e-mail and mails it a link to choose
 * a password: never a default password. Replicas starting at once take a PostgreSQL advisory lock first, so exactly
 * one creates it and mails it (the unique e-mail index is the backstop).
 */
@ApplicationScoped
public class Operators {

    /** The advisory lock key of the bootstrap ("pejling-operator" as a number). */
    static final long BOOTSTRAP_LOCK = 0x7065_6a6c_696e_6701L;
    private static final Logger LOG = Logger.getLogger(Operators.class);

    private final EntityManager em;
    private final AccountMails mails;
    private final AuditLog audit;
    private final PejlingConfig config;

    Operators(EntityManager em, AccountMails mails, AuditLog audit, PejlingConfig config) {
        this.em = em;
        this.mails = mails;
        this.audit = audit;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        config.bootstrap().operatorEmail().filter(e -> !e.isBlank())
                .ifPresent(email -> bootstrap(email.strip(), config.bootstrap().operatorName().strip()));
    }

    /** Creates the operator unless a login has the e-mail; true when it was created (and its mail queued). */
    @Transactional
    public boolean bootstrap(String email, String name) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", BOOTSTRAP_LOCK)
                .getSingleResult();
        Optional<Account> existing = Account.byEmail(email);
        if (existing.isPresent()) {
            if (!existing.get().operator) {
                LOG.errorf("PEJLING_BOOTSTRAP_OPERATOR_EMAIL is the login of a person in an organisation; "
                        + "no operator was created. Use another e-mail.");
            }
            return false;
        }
        Account account = newOperator(email, name);
        account.persist();
        mails.queueWelcome(account.id, null);
        audit.record(null, account.id, "operator.bootstrap", "account", account.id.toString(), null);
        LOG.infof("Created the operator login %s; a mail with a link to choose its password is on its way", email);
        return true;
    }

    static Account newOperator(String email, String name) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.operator = true;
        account.name = name == null || name.isBlank() ? "Driftsansvarlig" : name;
        account.email = email;
        account.passwordHash = Logins.UNUSABLE_HASH;
        return account;
    }

    /** The first admin of a new organisation: a login with the role admin, welcomed by mail. */
    @Transactional
    public UUID createAdmin(UUID organisationId, UUID personId, String email) {
        Account account = Logins.newLogin(organisationId, personId, email, Set.of(Role.admin));
        account.persist();
        mails.queueWelcome(account.id, organisationId);
        return account.id;
    }

    /** Sends a new welcome to each admin of the organisation who has not chosen a password yet; how many. */
    @Transactional
    public int resendAdminWelcome(UUID organisationId) {
        List<Account> waiting = Account.<Account>list(
                "select a from Account a join a.roles r where a.organisationId = ?1 and a.active = true "
                        + "and a.passwordSetAt is null and r = ?2",
                organisationId, Role.admin);
        waiting.forEach(a -> mails.queueWelcome(a.id, organisationId));
        return waiting.size();
    }
}
