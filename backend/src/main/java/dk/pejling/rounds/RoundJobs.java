package dk.pejling.rounds;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The clockwork of rounds: send queued mails, queue automatic reminders, close rounds at their closing time. */
@ApplicationScoped
class RoundJobs {

    private final RoundService rounds;
    private final InvitationMailer mailer;

    RoundJobs(RoundService rounds, InvitationMailer mailer) {
        this.rounds = rounds;
        this.mailer = mailer;
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
}
