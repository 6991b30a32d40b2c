package dk.pejling.meetings;

import dk.pejling.common.PejlingConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Invitations by mail to a meeting evaluation: one single-use link per address, and at most one reminder to those
 * whose link is still unused. The address is kept only until the reminder has been handled or the evaluation ends
 * (or its mail has failed for good); the ticket that the link opens holds only the link's hash. The link's token is
 * derived from the invitation's id when a mail is sent, so no secret waits in the database, and whether a link is
 * unused is looked up from it when the reminder goes out and never stored (docs/anonymity.md, "Meeting evaluations").
 */
@ApplicationScoped
public class MeetingInvitations {

    private static final Logger LOG = Logger.getLogger(MeetingInvitations.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BATCH = 50;
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            Locale.forLanguageTag("da-DK"));

    private final MeetingLinks links;
    private final Mailer mailer;
    private final PejlingConfig config;
    private final EntityManager em;

    MeetingInvitations(MeetingLinks links, Mailer mailer, PejlingConfig config, EntityManager em) {
        this.links = links;
        this.mailer = mailer;
        this.config = config;
        this.em = em;
    }

    /** Queues one invitation per address, and the tickets, in an order of their own, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void queue(MeetingEvaluation meeting, List<String> emails) {
        List<byte[]> tickets = new ArrayList<>();
        for (String email : emails) {
            UUID id = UUID.randomUUID();
            em.createNativeQuery("insert into meeting_invitation (id, meeting_id, email) values (:id, :m, :e)")
                    .setParameter("id", id).setParameter("m", meeting.id).setParameter("e", email).executeUpdate();
            tickets.add(MeetingLinks.hash(links.invitationToken(id)));
        }
        Collections.shuffle(tickets, RANDOM);
        for (byte[] hash : tickets) {
            em.createNativeQuery("insert into meeting_ticket (token_hash, meeting_id) values (:h, :m)")
                    .setParameter("h", hash).setParameter("m", meeting.id).executeUpdate();
        }
    }

    @Scheduled(every = "${pejling.jobs.mail-interval:10s}", delayed = "9s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        deliverDue();
    }

    /** Sends a batch of due invitations, then a batch of due reminders; returns how many mails went out. */
    public int deliverDue() {
        return deliverInvitations() + deliverReminders();
    }

    /** Sends a batch of due invitations (rows taken with SKIP LOCKED); returns how many went out. */
    @Transactional
    int deliverInvitations() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select i.id, i.email, i.attempts, e.name, e.meeting_date, e.value_title, e.reminded_at is null
                from meeting_invitation i join meeting_evaluation e on e.id = i.meeting_id
                where i.status = 'PENDING' and i.next_attempt_at <= now() and i.email is not null
                  and e.closed_at is null and e.closes_at > now()
                order by i.next_attempt_at limit :batch for update of i skip locked
                """).setParameter("batch", BATCH).getResultList();
        int sent = 0;
        for (Object[] row : due) {
            UUID id = (UUID) row[0];
            String link = config.baseUrl() + MeetingLinks.path(links.invitationToken(id));
            java.time.LocalDate day = row[4] instanceof java.sql.Date d ? d.toLocalDate()
                    : (java.time.LocalDate) row[4];
            String date = day.format(DANISH_DATE);
            String text = "Du er inviteret til at evaluere mødet »" + row[3] + "« den " + date + ".\n\n"
                    + "Spørgsmålet er ét: Hvor godt levede mødet op til »" + row[5] + "«? Du svarer 1–5 eller "
                    + "»ved ikke« og kan skrive en kort historie.\n\n"
                    + "Dit svar er anonymt, og resultatet vises først, når nok har svaret.\n\n"
                    + "Svar her (linket kan bruges én gang):\n" + link + "\n";
            try {
                mailer.send(Mail.withText((String) row[1], "Evaluér mødet: " + row[3], text));
                // The address stays for the reminder, unless the leader has already sent it.
                em.createNativeQuery("""
                        update meeting_invitation set status = 'SENT', email = case when :keep then email end
                        where id = :id
                        """).setParameter("keep", (Boolean) row[6]).setParameter("id", id).executeUpdate();
                sent++;
            } catch (RuntimeException e) {
                int attempts = ((Number) row[2]).intValue() + 1;
                boolean last = attempts >= config.survey().mailAttempts();
                em.createNativeQuery("""
                        update meeting_invitation set attempts = :a, status = :s,
                               email = case when :last then null else email end,
                               next_attempt_at = :next where id = :id
                        """).setParameter("a", attempts).setParameter("s", last ? "FAILED" : "PENDING")
                        .setParameter("last", last)
                        .setParameter("next", Instant.now().plus(config.survey().mailPause(attempts)))
                        .setParameter("id", id).executeUpdate();
                LOG.warnf("A meeting invitation could not be mailed (attempt %d)", attempts);
            }
        }
        return sent;
    }

    /**
     * Marks the sent invitations of an open evaluation for its one reminder, in the caller's transaction. Whose link is
     * unused is decided only when each reminder is due ({@link #deliverReminders()}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void queueReminder(MeetingEvaluation meeting) {
        em.createNativeQuery("""
                update meeting_invitation set reminder_pending = true, reminder_next_at = now()
                where meeting_id = :m and status = 'SENT' and email is not null
                """).setParameter("m", meeting.id).executeUpdate();
    }

    /**
     * Sends a batch of due reminders, each only if its link is still unused and the evaluation still takes answers.
     * Every handled reminder ends the same way — address gone, flag and attempts cleared — whether a mail went out,
     * was not needed or failed for good, so the rows never tell who had answered.
     */
    @Transactional
    int deliverReminders() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select i.id, i.email, i.reminder_attempts, e.id, e.name, e.meeting_date, e.value_title,
                       e.closed_at is null and e.closes_at > now()
                from meeting_invitation i join meeting_evaluation e on e.id = i.meeting_id
                where i.reminder_pending and i.reminder_next_at <= now()
                order by i.reminder_next_at limit :batch for update of i skip locked
                """).setParameter("batch", BATCH).getResultList();
        int sent = 0;
        for (Object[] row : due) {
            UUID id = (UUID) row[0];
            String token = links.invitationToken(id);
            boolean open = (Boolean) row[7];
            boolean unused = open && row[1] != null && ((Number) em.createNativeQuery("""
                    select count(*) from meeting_ticket where token_hash = :h and meeting_id = :m and not used
                    """).setParameter("h", MeetingLinks.hash(token)).setParameter("m", row[3]).getSingleResult())
                    .longValue() > 0;
            boolean done = true;
            if (unused) {
                java.time.LocalDate day = row[5] instanceof java.sql.Date d ? d.toLocalDate()
                        : (java.time.LocalDate) row[5];
                String text = "Dette er en påmindelse om at evaluere mødet »" + row[4] + "« den "
                        + day.format(DANISH_DATE) + ". Har du allerede svaret, kan du se bort fra den.\n\n"
                        + "Spørgsmålet er ét: Hvor godt levede mødet op til »" + row[6] + "«? Du svarer 1–5 eller "
                        + "»ved ikke« og kan skrive en kort historie.\n\n"
                        + "Dit svar er anonymt, og resultatet vises først, når nok har svaret.\n\n"
                        + "Svar her (linket kan bruges én gang):\n" + config.baseUrl() + MeetingLinks.path(token)
                        + "\n";
                try {
                    mailer.send(Mail.withText((String) row[1], "Påmindelse: Evaluér mødet: " + row[4], text));
                    sent++;
                } catch (RuntimeException e) {
                    int attempts = ((Number) row[2]).intValue() + 1;
                    done = attempts >= config.survey().mailAttempts();
                    if (!done) {
                        em.createNativeQuery("""
                                update meeting_invitation set reminder_attempts = :a, reminder_next_at = :next
                                where id = :id
                                """).setParameter("a", attempts)
                                .setParameter("next", Instant.now().plus(config.survey().mailPause(attempts)))
                                .setParameter("id", id).executeUpdate();
                    }
                    LOG.warnf("A meeting reminder could not be mailed (attempt %d)", attempts);
                }
            }
            if (done) {
                em.createNativeQuery("""
                        update meeting_invitation set reminder_pending = false, reminder_attempts = 0,
                               reminder_next_at = null, email = null
                        where id = :id
                        """).setParameter("id", id).executeUpdate();
            }
        }
        return sent;
    }

    /**
     * Forgets the addresses of evaluations that have ended (closed, or their time ran out) before {@code now}, in the
     * caller's transaction: invitations not yet sent will not be, a pending reminder is dropped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int forgetEnded(Instant now) {
        return em.createNativeQuery("""
                update meeting_invitation i set email = null, reminder_pending = false, reminder_attempts = 0,
                       reminder_next_at = null, status = case when i.status = 'PENDING' then 'FAILED' else i.status end
                from meeting_evaluation e
                where e.id = i.meeting_id and (i.email is not null or i.reminder_pending)
                  and (e.closed_at is not null or e.closes_at <= :now)
                """).setParameter("now", now).executeUpdate();
    }

    /** Forgets the addresses of one evaluation that the leader has just closed, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(UUID meetingId) {
        em.createNativeQuery("""
                update meeting_invitation set email = null, reminder_pending = false, reminder_attempts = 0,
                       reminder_next_at = null, status = case when status = 'PENDING' then 'FAILED' else status end
                where meeting_id = :m and (email is not null or reminder_pending)
                """).setParameter("m", meetingId).executeUpdate();
    }
}
