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
 * Invitations by mail to a meeting evaluation: one single-use link per address. The address is kept only until its
 * mail is sent (or has failed for good); the ticket that the link opens holds only the link's hash. The link's token
 * is derived from the invitation's id when the mail is sent, so no secret waits in the database.
 */
@ApplicationScoped
public class MeetingInvitations {

    private static final Logger LOG = Logger.getLogger(MeetingInvitations.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BATCH = 50;
    private static final int ATTEMPTS = 5;
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

    /** Sends a batch of due invitations (rows taken with SKIP LOCKED); returns how many went out. */
    @Transactional
    public int deliverDue() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select i.id, i.email, i.attempts, e.name, e.meeting_date, e.value_title, e.organisation_id, e.leader_id
                from meeting_invitation i join meeting_evaluation e on e.id = i.meeting_id
                where i.status = 'PENDING' and i.next_attempt_at <= now()
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
                em.createNativeQuery("update meeting_invitation set status = 'SENT', email = null where id = :id")
                        .setParameter("id", id).executeUpdate();
                sent++;
            } catch (RuntimeException e) {
                int attempts = ((Number) row[2]).intValue() + 1;
                boolean last = attempts >= ATTEMPTS;
                em.createNativeQuery("""
                        update meeting_invitation set attempts = :a, status = :s,
                               email = case when :last then null else email end,
                               next_attempt_at = :next where id = :id
                        """).setParameter("a", attempts).setParameter("s", last ? "FAILED" : "PENDING")
                        .setParameter("last", last)
                        .setParameter("next", Instant.now().plusSeconds(60L << Math.min(attempts, 6)))
                        .setParameter("id", id).executeUpdate();
                LOG.warnf("A meeting invitation could not be mailed (attempt %d)", attempts);
            }
        }
        return sent;
    }
}
