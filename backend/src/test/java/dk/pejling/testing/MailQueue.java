package dk.pejling.testing;

import dk.pejling.rounds.InvitationMailer;

/**
 * Sends every queued mail that is due. The scheduled mail job may hold a batch while the test asks, and a delivery
 * skips rows another one holds; so this sends and waits until nothing due is left (at most a minute: a send that stalls is failed by the server after 30 s and tried again a second later).
 */
public final class MailQueue {

    private MailQueue() {
    }

    public static void flush(InvitationMailer mailer) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        mailer.deliverDue();
        while (mailer.due() > 0 && System.nanoTime() < deadline) {
            mailer.deliverDue();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
