package dk.pejling.rounds;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The mail queue as operators see it at /q/metrics: mails due now, waiting for a retry, and failed for good. Counted
 * by one query every 15 s, not at scrape time, so that a scrape never waits for the database.
 */
@ApplicationScoped
class MailMetrics {

    private static final Logger LOG = Logger.getLogger(MailMetrics.class);

    private final EntityManager em;
    private final AtomicLong due = new AtomicLong();
    private final AtomicLong retrying = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    MailMetrics(EntityManager em, MeterRegistry registry) {
        this.em = em;
        Gauge.builder("pejling.mail.queue.depth", due, AtomicLong::get)
                .description("Invitation and reminder mails due to be sent now").register(registry);
        Gauge.builder("pejling.mail.retrying", retrying, AtomicLong::get)
                .description("Mails that failed at least once and wait for another attempt").register(registry);
        Gauge.builder("pejling.mail.failed", failed, AtomicLong::get)
                .description("Mails that failed on every attempt (shown to HR on the round)").register(registry);
    }

    @Scheduled(every = "15s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                    select count(*) filter (where status = 'PENDING' and next_attempt_at <= now()),
                           count(*) filter (where status = 'PENDING' and attempts > 0),
                           count(*) filter (where status = 'FAILED')
                    from mail_outbox
                    """).getSingleResult());
            due.set(((Number) row[0]).longValue());
            retrying.set(((Number) row[1]).longValue());
            failed.set(((Number) row[2]).longValue());
        } catch (RuntimeException e) {
            // The database may be away for a moment; the gauges keep their last value until it returns.
            LOG.debugf("Mail queue not counted: %s", e.getClass().getSimpleName());
        }
    }
}
