package dk.pejling.common;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Notices by mail: a feature queues one in its own transaction (so it goes out only if what it tells of happened),
 * and a job sends them — once across replicas, rows taken with SKIP LOCKED — retrying failures with growing pauses.
 * Only for mails without a secret: links that carry a token are made when they are sent, by their own feature.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);
    private static final int BATCH = 50;
    private static final int ATTEMPTS = 6;

    private final Mailer mailer;

    private final PejlingConfig config;

    Notifications(Mailer mailer, PejlingConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    /** Queues a notice in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UUID organisationId, String recipient, String subject, String text, String html) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.organisationId = organisationId;
        n.recipient = recipient;
        n.subject = subject;
        n.textBody = text;
        n.htmlBody = html;
        n.persist();
    }

    /** Notices due now: the queue's depth. */
    @Transactional
    public long due() {
        return Notification.count("status = ?1 and nextAttemptAt <= ?2", Notification.Status.PENDING, Instant.now());
    }

    @Scheduled(every = "${pejling.jobs.mail-interval:10s}", delayed = "7s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        deliverDue();
    }

    /** Sends a batch of what is due; returns how many went out. */
    @Transactional
    public int deliverDue() {
        List<Notification> due = Notification.<Notification>find(
                "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", Notification.Status.PENDING,
                Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, BATCH).list();
        int sent = 0;
        for (Notification n : due) {
            try {
                Mail mail = Mail.withText(n.recipient, n.subject, n.textBody);
                if (n.htmlBody != null) {
                    mail.setHtml(n.htmlBody);
                }
                mailer.send(mail);
                n.status = Notification.Status.SENT;
                n.sentAt = Instant.now();
                sent++;
            } catch (RuntimeException e) {
                n.attempts++;
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                n.lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
                if (n.attempts >= ATTEMPTS) {
                    n.status = Notification.Status.FAILED;
                } else {
                    n.nextAttemptAt = Instant.now().plus(config.survey().mailPause(n.attempts));
                }
                LOG.warnf("A notice could not be mailed (attempt %d): %s", n.attempts, n.lastError);
            }
        }
        return sent;
    }
}
