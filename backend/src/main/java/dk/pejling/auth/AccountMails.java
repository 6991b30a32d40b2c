package dk.pejling.auth;

import dk.pejling.common.PejlingConfig;
import dk.pejling.common.Role;
import dk.pejling.org.OrgService;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Welcome and reset mails. A request only queues one (so no request waits for SMTP, and a reset for an unknown
 * address takes as long as for a known one); this job sends them, once across replicas (rows taken with SKIP
 * LOCKED), makes each link as it sends, and retries failures with growing pauses. A reset request names an address,
 * not a login: the job looks the login up, drops the request when there is none that may get a link, and forgets
 * the address either way.
 */
@ApplicationScoped
public class AccountMails {

    private static final Logger LOG = Logger.getLogger(AccountMails.class);
    private static final DateTimeFormatter DANISH = DateTimeFormatter
            .ofPattern("'til' EEEE 'den' d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da-DK"))
            .withZone(ZoneId.of("Europe/Copenhagen"));
    private static final Map<Role, String> ROLE_NAMES = Map.of(Role.hr, "HR", Role.admin, "administrator",
            Role.leader, "leder", Role.manager, "chef for andre ledere");
    private static final int BATCH = 50;

    private final Mailer mailer;
    private final PasswordLinks links;
    private final SsoSettings sso;
    private final OrgService org;
    private final PejlingConfig config;
    private final Template welcomeText;
    private final Template welcomeHtml;
    private final Template resetText;
    private final Template resetHtml;

    AccountMails(Mailer mailer, PasswordLinks links, SsoSettings sso, OrgService org, PejlingConfig config,
            @Location("mail/welcome.txt") Template welcomeText, @Location("mail/welcome.html") Template welcomeHtml,
            @Location("mail/password-reset.txt") Template resetText,
            @Location("mail/password-reset.html") Template resetHtml) {
        this.mailer = mailer;
        this.links = links;
        this.sso = sso;
        this.org = org;
        this.config = config;
        this.welcomeText = welcomeText;
        this.welcomeHtml = welcomeHtml;
        this.resetText = resetText;
        this.resetHtml = resetHtml;
    }

    /** Queues a welcome mail, unless the organisation logs in only through its identity provider. */
    @Transactional
    void queueWelcome(UUID accountId, UUID organisationId) {
        if (welcomes(organisationId)) {
            queueWelcome(accountId);
        }
    }

    /** Whether logins of this organisation are welcomed with a link to set a password (not when it uses SSO only). */
    boolean welcomes(UUID organisationId) {
        return organisationId == null || sso.passwordsAllowed(organisationId);
    }

    /** Queues a welcome without asking again whether the organisation welcomes logins. */
    void queueWelcome(UUID accountId) {
        AccountMail mail = new AccountMail();
        mail.id = UUID.randomUUID();
        mail.kind = AccountMail.Kind.WELCOME;
        mail.accountId = accountId;
        mail.persist();
    }

    /** Queues a reset for an address, whoever it belongs to: the same work whether it is a login or not. */
    @Transactional
    void queueReset(String email) {
        AccountMail mail = new AccountMail();
        mail.id = UUID.randomUUID();
        mail.kind = AccountMail.Kind.RESET;
        mail.requestedEmail = email.strip();
        mail.persist();
    }

    /** When each of these logins was last sent a welcome mail. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<UUID, Instant> lastWelcome(List<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return AccountMail.<AccountMail>list("kind = ?1 and status = ?2 and accountId in ?3",
                AccountMail.Kind.WELCOME, AccountMail.Status.SENT, accountIds).stream()
                .collect(Collectors.toMap(m -> m.accountId, m -> m.sentAt, (a, b) -> a.isAfter(b) ? a : b));
    }

    @Scheduled(every = "${pejling.jobs.mail-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliverDue();
    }

    /** Sends what is due; returns how many mails went out. */
    @Transactional
    public int deliverDue() {
        List<AccountMail> due = AccountMail.<AccountMail>find("status = ?1 and nextAttemptAt <= ?2 order by createdAt",
                AccountMail.Status.PENDING, Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, BATCH).list();
        int sent = 0;
        for (AccountMail mail : due) {
            Optional<Account> account = mail.kind == AccountMail.Kind.WELCOME
                    ? Optional.ofNullable(Account.<Account>findById(mail.accountId))
                    : Account.byEmail(mail.requestedEmail);
            mail.requestedEmail = null;
            if (account.isEmpty() || !links.canLogIn(account.get())) {
                mail.status = AccountMail.Status.DROPPED;
                continue;
            }
            try {
                mailer.send(compose(mail.kind, account.get()));
                mail.status = AccountMail.Status.SENT;
                mail.sentAt = Instant.now();
                mail.accountId = account.get().id;
                mail.lastError = null;
                sent++;
            } catch (RuntimeException e) {
                mail.attempts++;
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                mail.lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
                if (mail.attempts >= config.survey().mailAttempts() || mail.kind == AccountMail.Kind.RESET) {
                    // A reset link is wanted now or not at all; the person can ask again.
                    mail.status = AccountMail.Status.FAILED;
                } else {
                    mail.nextAttemptAt = Instant.now().plus(config.survey().mailPause(mail.attempts + 1));
                }
                LOG.warnf("A %s mail failed (attempt %d): %s", mail.kind, mail.attempts, mail.lastError);
            }
        }
        return sent;
    }

    /** Mails waiting to be sent now. */
    @Transactional
    public long due() {
        return AccountMail.count("status = ?1 and nextAttemptAt <= ?2", AccountMail.Status.PENDING, Instant.now());
    }

    private Mail compose(AccountMail.Kind kind, Account account) {
        boolean welcome = kind == AccountMail.Kind.WELCOME;
        String token = links.issue(account.id, welcome ? PasswordToken.Purpose.WELCOME : PasswordToken.Purpose.RESET);
        String base = config.baseUrl().replaceAll("/+$", "");
        String organisation = account.operator ? null
                : org.organisation(account.organisationId).map(OrgService.OrganisationRef::name).orElse("");
        String name = account.operator ? account.name
                : org.person(account.organisationId, account.personId).map(OrgService.PersonRef::name).orElse("");
        Instant expires = Instant.now().plus(welcome ? PasswordLinks.WELCOME_VALIDITY : PasswordLinks.RESET_VALIDITY);
        String roles = account.roles.stream().sorted().map(ROLE_NAMES::get).collect(Collectors.joining(", "));
        String subject = welcome
                ? (account.operator ? "Du er oprettet som driftsansvarlig i Pejling"
                        : "Dit login til Pejling i " + organisation)
                : "Nulstil din adgangskode til Pejling";
        TemplateInstance text = data(welcome ? welcomeText.instance() : resetText.instance(), account, name,
                organisation, roles, base, token, expires);
        TemplateInstance html = data(welcome ? welcomeHtml.instance() : resetHtml.instance(), account, name,
                organisation, roles, base, token, expires);
        return Mail.withText(account.email, subject, text.render()).setHtml(html.render());
    }

    private static TemplateInstance data(TemplateInstance t, Account account, String name, String organisation,
            String roles, String base, String token, Instant expires) {
        return t.data("name", name)
                .data("email", account.email)
                .data("operator", account.operator)
                .data("organisation", organisation)
                .data("roles", roles)
                .data("link", base + "/adgangskode#" + token)
                .data("loginUrl", base + "/login")
                .data("expires", DANISH.format(expires))
                .data("sender", organisation == null ? "Pejling" : organisation);
    }
}
