package dk.pejling.testing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what GreenMail received, decoded as a person's mail program would show it. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("/s#([A-Za-z0-9_-]{20,})");

    private Mailbox() {
    }

    /** The plain-text bodies of the mails to {@code to} whose text contains {@code marker}, oldest first. */
    public static List<String> texts(GreenMail greenMail, String to, String marker) {
        List<String> texts = new ArrayList<>();
        try {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                boolean addressed = false;
                for (var address : message.getRecipients(Message.RecipientType.TO)) {
                    addressed |= address.toString().equalsIgnoreCase(to);
                }
                String text = text(message.getContent());
                if (addressed && text != null && text.contains(marker)) {
                    texts.add(text);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return texts;
    }

    public static String subject(GreenMail greenMail, String to, String marker) {
        try {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                String text = text(message.getContent());
                if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(to)
                        && text != null && text.contains(marker)) {
                    return message.getSubject();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    /** The survey token from the link in a mail's text. */
    public static String token(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("No survey link in: " + text);
        }
        return m.group(1);
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                String nested = text(part.getContent());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
