package dk.pejling.testing;

import com.icegreen.greenmail.util.GreenMail;
import dk.pejling.auth.AccountMails;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The set-password links that Pejling mails: sends what is queued and reads the newest link to an address. */
public final class PasswordMails {

    private static final Pattern LINK = Pattern.compile("/adgangskode#([A-Za-z0-9_-]{20,})");

    private PasswordMails() {
    }

    /** Sends every queued login mail now, waiting (≤ 60 s) for rows the scheduled job may hold. */
    public static void flush(AccountMails mails) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        mails.deliverDue();
        while (mails.due() > 0 && System.nanoTime() < deadline) {
            mails.deliverDue();
            sleep();
        }
    }

    /** The token of the newest set-password link mailed to {@code to}, waiting ≤ 60 s for it. */
    public static String token(GreenMail greenMail, AccountMails mails, String to) {
        flush(mails);
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<String> texts = Mailbox.texts(greenMail, to, "/adgangskode#");
        while (texts.isEmpty() && System.nanoTime() < deadline) {
            sleep();
            texts = Mailbox.texts(greenMail, to, "/adgangskode#");
        }
        if (texts.isEmpty()) {
            throw new AssertionError("No set-password mail to " + to);
        }
        Matcher m = LINK.matcher(texts.get(texts.size() - 1));
        if (!m.find()) {
            throw new AssertionError("No link in the mail to " + to);
        }
        return m.group(1);
    }

    /** How many set-password mails {@code to} has received. */
    public static int count(GreenMail greenMail, String to) {
        return Mailbox.texts(greenMail, to, "/adgangskode#").size();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
