package dk.pejling.rounds;

import dk.pejling.common.PejlingConfig;
import dk.pejling.org.OrgService;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Sends the queued invitation mails and the reminder campaigns. Each replica takes rows the others do not hold
 * (row locks, skipping locked rows), so each mail goes out once. An invitation failure is retried with growing pauses
 * and, after the last attempt, shown to HR on the round. A reminder campaign visits the round's invitations in id
 * order and mails those whose link is unused; it keeps where it got to and how many it reached, never whom, and
 * sends nothing once the round has closed.
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
    private final EntityManager em;
    private final Template text;
    private final Template html;

    InvitationMailer(Mailer mailer, SurveyTokens tokens, OrgService org, PejlingConfig config, EntityManager em,
            @Location("mail/invitation.txt") Template text, @Location("mail/invitation.html") Template html) {
        this.mailer = mailer;
        this.tokens = tokens;
        this.org = org;
        this.config = config;
        this.em = em;
        this.text = text;
        this.html = html;
    }

    /** Sends what is due (a batch of invitations, then a batch of one reminder campaign); returns mails sent. */
    public int deliverDue() {
        return deliverInvitations() + deliverReminders();
    }

    /** Invitation mails waiting to be sent now (not those waiting for a retry later): the queue's depth. */
    @Transactional
    public long due() {
        return MailOutbox.count("status = ?1 and nextAttemptAt <= ?2", MailOutbox.Status.PENDING, Instant.now())
                + ReminderCampaign.count("finishedAt is null");
    }

    @Transactional
    int deliverInvitations() {
        List<MailOutbox> due = MailOutbox.<MailOutbox>find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt",
                MailOutbox.Status.PENDING, Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, BATCH).list();
        int sent = 0;
        for (MailOutbox mail : due) {
            Invitation invitation = Invitation.findById(mail.invitationId);
            Round round = Round.findById(mail.roundId);
            if (invitation == null || invitation.email == null || round.status != RoundStatus.OPEN) {
                mail.delete();
                continue;
            }
            try {
                mailer.send(compose(invitation, round, false));
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
                    mail.nextAttemptAt = Instant.now().plus(config.survey().mailPause(mail.attempts));
                }
                LOG.warnf("Invitation mail for round %s failed (attempt %d): %s", round.id, mail.attempts,
                        mail.lastError);
            }
        }
        return sent;
    }

    @Transactional
    int deliverReminders() {
        List<ReminderCampaign> campaigns = ReminderCampaign
                .<ReminderCampaign>find("finishedAt is null order by createdAt")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, 1).list();
        if (campaigns.isEmpty()) {
            return 0;
        }
        ReminderCampaign campaign = campaigns.get(0);
        Round round = Round.findById(campaign.roundId);
        if (round == null || round.status != RoundStatus.OPEN) {
            campaign.finishedAt = Instant.now();
            return 0;
        }
        List<Invitation> batch = (campaign.afterInvitation == null
                ? Invitation.<Invitation>find("roundId = ?1 and email is not null order by id", round.id)
                : Invitation.<Invitation>find("roundId = ?1 and email is not null and id > ?2 order by id", round.id,
                        campaign.afterInvitation))
                .page(0, BATCH).list();
        Set<String> unused = unusedTickets(batch);
        int sent = 0;
        for (Invitation invitation : batch) {
            if (!unused.contains(HexFormat.of().formatHex(SurveyTokens.hash(tokens.tokenFor(invitation.id))))) {
                continue;
            }
            try {
                mailer.send(compose(invitation, round, true));
                campaign.reminded++;
                sent++;
            } catch (RuntimeException e) {
                campaign.failed++;
                LOG.warnf("A reminder mail for round %s failed: %s", round.id, e.getClass().getSimpleName());
            }
        }
        if (!batch.isEmpty()) {
            campaign.afterInvitation = batch.get(batch.size() - 1).id;
        }
        if (batch.size() < BATCH) {
            campaign.finishedAt = Instant.now();
        }
        return sent;
    }

    /** Of these invitations' tickets, the unused ones (as hex of the token hash), in one query. */
    private Set<String> unusedTickets(List<Invitation> batch) {
        if (batch.isEmpty()) {
            return Set.of();
        }
        List<String> hashes = new ArrayList<>();
        for (Invitation invitation : batch) {
            hashes.add(HexFormat.of().formatHex(SurveyTokens.hash(tokens.tokenFor(invitation.id))));
        }
        @SuppressWarnings("unchecked")
        List<String> unused = em.createNativeQuery("""
                select encode(token_hash, 'hex') from ticket
                where token_hash in (select decode(h, 'hex') from unnest(cast(:hashes as text[])) h) and not used""")
                .setParameter("hashes", hashes.toArray(String[]::new)).getResultList();
        return new HashSet<>(unused);
    }

    private Mail compose(Invitation invitation, Round round, boolean reminder) {
        Evaluee evaluee = Evaluee.findById(invitation.evalueeId);
        String link = config.baseUrl().replaceAll("/+$", "") + "/s#" + tokens.tokenFor(invitation.id);
        String organisation = org.organisation(round.organisationId).map(OrgService.OrganisationRef::name).orElse("");
        String subject = (reminder ? "Påmindelse: " : "")
                + switch (invitation.raterGroup) {
                    case EMPLOYEE -> "Giv " + evaluee.leaderName + " feedback på ledelse";
                    case SELF -> "Din selvvurdering som leder";
                    case MANAGER -> "Din vurdering af " + evaluee.leaderName + " som leder";
                    case PEER -> "Giv din lederkollega " + evaluee.leaderName + " feedback på ledelse";
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
                .data("peer", invitation.raterGroup == RaterGroup.PEER)
                .data("kPeer", round.kPeer)
                .data("leaderName", evaluee.leaderName)
                .data("roundName", round.name)
                .data("closesAt", DANISH_DATE.format(round.closesAt))
                .data("link", link)
                .data("k", round.k)
                .data("organisation", organisation)
                .data("reminder", reminder);
    }
}
