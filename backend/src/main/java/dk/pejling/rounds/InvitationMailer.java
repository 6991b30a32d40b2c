package dk.pejling.rounds;

import dk.pejling.common.PejlingConfig;
import dk.pejling.org.OrgService;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Sends the queued invitation and reminder mails. A failure is retried with growing pauses and, after the last
 * attempt, shown to HR on the round; it never touches the launch that queued it.
 */
@ApplicationScoped
public class InvitationMailer {

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter
            .ofPattern("EEEE 'den' d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da-DK"))
            .withZone(ZoneId.of("Europe/Copenhagen"));
    private static final int BATCH = 50;

    private final Mailer mailer;
    private final SurveyTokens tokens;
    private final OrgService org;
    private final PejlingConfig config;
    private final Template text;
    private final Template html;

    InvitationMailer(Mailer mailer, SurveyTokens tokens, OrgService org, PejlingConfig config,
            @Location("mail/invitation.txt") Template text, @Location("mail/invitation.html") Template html) {
        this.mailer = mailer;
        this.tokens = tokens;
        this.org = org;
        this.config = config;
        this.text = text;
        this.html = html;
    }

    /** Sends what is due; returns how many mails went out. */
    @Transactional
    public int deliverDue() {
        List<MailOutbox> due = MailOutbox.<MailOutbox>find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt",
                MailOutbox.Status.PENDING, Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, BATCH).list();
        int sent = 0;
        for (MailOutbox mail : due) {
            Invitation invitation = Invitation.findById(mail.invitationId);
            Round round = Round.findById(mail.roundId);
            Evaluee evaluee = Evaluee.findById(invitation.evalueeId);
            if (invitation.email == null || (mail.kind == MailOutbox.Kind.REMINDER && invitation.used)) {
                mail.status = MailOutbox.Status.SENT;
                mail.lastError = invitation.used ? "Besvaret før påmindelsen" : null;
                continue;
            }
            try {
                mailer.send(compose(mail, invitation, round, evaluee));
                mail.status = MailOutbox.Status.SENT;
                mail.sentAt = Instant.now();
                mail.lastError = null;
                sent++;
            } catch (RuntimeException e) {
                mail.attempts++;
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                mail.lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
                if (mail.attempts >= config.survey().mailAttempts()) {
                    mail.status = MailOutbox.Status.FAILED;
                } else {
                    mail.nextAttemptAt = Instant.now().plus(backoff(mail.attempts));
                }
                LOG.warnf("Mail for round %s failed (attempt %d): %s", round.id, mail.attempts, mail.lastError);
            }
        }
        return sent;
    }

    /** Mails waiting to be sent now (not those waiting for a retry later): the queue's depth. */
    @Transactional
    public long due() {
        return MailOutbox.count("status = ?1 and nextAttemptAt <= ?2", MailOutbox.Status.PENDING, Instant.now());
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, (long) Math.pow(2, attempts - 1)));
    }

    private Mail compose(MailOutbox mail, Invitation invitation, Round round, Evaluee evaluee) {
        String link = config.baseUrl().replaceAll("/+$", "") + "/s#" + tokens.tokenFor(invitation.id);
        String organisation = org.organisation(round.organisationId).map(OrgService.OrganisationRef::name).orElse("");
        boolean reminder = mail.kind == MailOutbox.Kind.REMINDER;
        String subject = (reminder ? "Påmindelse: " : "")
                + switch (invitation.raterGroup) {
                    case EMPLOYEE -> "Giv " + evaluee.leaderName + " feedback på ledelse";
                    case SELF -> "Din selvevaluering som leder";
                    case MANAGER -> "Din vurdering af " + evaluee.leaderName + " som leder";
                };
        TemplateInstance t = data(text.instance(), invitation, round, evaluee, link, organisation, reminder);
        TemplateInstance h = data(html.instance(), invitation, round, evaluee, link, organisation, reminder);
        return Mail.withText(invitation.email, subject, t.render()).setHtml(h.render());
    }

    private static TemplateInstance data(TemplateInstance t, Invitation invitation, Round round, Evaluee evaluee,
            String link, String organisation, boolean reminder) {
        return t.data("name", invitation.name)
                .data("employee", invitation.raterGroup == RaterGroup.EMPLOYEE)
                .data("self", invitation.raterGroup == RaterGroup.SELF)
                .data("manager", invitation.raterGroup == RaterGroup.MANAGER)
                .data("leaderName", evaluee.leaderName)
                .data("roundName", round.name)
                .data("closesAt", DANISH_DATE.format(round.closesAt))
                .data("link", link)
                .data("k", round.k)
                .data("organisation", organisation)
                .data("reminder", reminder);
    }
}
