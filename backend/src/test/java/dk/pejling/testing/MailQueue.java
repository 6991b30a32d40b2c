package dk.pejling.testing;

import dk.pejling.rounds.InvitationMailer;

/**
 * Sends every queued mail that is due. The scheduled mail job may hold a batch while the test asks, and a delivery
 * skips rows another one holds; so this sends and waits until nothing due is left (at most 20 s).
 */
public final class MailQueue {

    private MailQueue() {
    }

    public static void flush(InvitationMailer mailer) {
        long deadline = System.nanoTime() + 20_000_000_000L;
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
