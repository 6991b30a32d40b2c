package dk.pejling.rounds;

import dk.pejling.common.PejlingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Invitation tokens (A8): HMAC-SHA256 of the invitation id under a 256-bit server secret, so 256 bits no one can
 * guess, the same in the invitation and in every reminder, and re-creatable without storing it. The database holds
 * only SHA-256 of the token.
 */
@ApplicationScoped
public class SurveyTokens {

    private final SecretKeySpec key;

    SurveyTokens(PejlingConfig config) {
        byte[] secret = Base64.getDecoder().decode(config.survey().tokenSecret().strip());
        if (secret.length < 32) {
            throw new IllegalStateException("pejling.survey.token-secret must hold at least 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String tokenFor(UUID invitationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            ByteBuffer id = ByteBuffer.allocate(16).putLong(invitationId.getMostSignificantBits())
                    .putLong(invitationId.getLeastSignificantBits());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A 256-bit key for another purpose, derived from the same secret under a label (HMAC-SHA256 of the label), so
     * that one secret to keep and rotate serves the survey: e.g. the key that seals submitted ballots.
     */
    public byte[] derive(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(("pejling:" + label).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
