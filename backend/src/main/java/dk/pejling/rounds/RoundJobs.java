package dk.pejling.rounds;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The clockwork of rounds: send queued mails, start automatic reminders, close rounds at their closing time, remove
 * data past its retention. Every replica runs these; each piece of work is taken by one of them (row locks).
 */
@ApplicationScoped
class RoundJobs {

    private final RoundService rounds;
    private final InvitationMailer mailer;
    private final Retention retention;

    RoundJobs(RoundService rounds, InvitationMailer mailer, Retention retention) {
        this.rounds = rounds;
        this.mailer = mailer;
        this.retention = retention;
    }

    @Scheduled(every = "${pejling.jobs.mail-interval:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendMail() {
        mailer.deliverDue();
    }

    @Scheduled(every = "${pejling.jobs.round-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeAndRemind() {
        rounds.closeDue();
        rounds.remindDue();
    }

    @Scheduled(every = "${pejling.retention.interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        retention.run(Instant.now());
    }
}
