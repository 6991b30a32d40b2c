package dk.pejling.meetings;

import dk.pejling.rounds.SurveyTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The participants' link of a meeting evaluation: 256 bits derived from the evaluation's id under a key derived from
 * the survey secret, so the leader can show it again while the database holds only its hash. The
 * link carries it in the URL fragment ({@code /m#<token>}), never in a request line.
 */
@ApplicationScoped
class MeetingLinks {

    private final SecretKeySpec key;
    private final SecretKeySpec invitationKey;

    MeetingLinks(SurveyTokens tokens) {
        this.key = new SecretKeySpec(tokens.derive("meeting-link"), "HmacSHA256");
        this.invitationKey = new SecretKeySpec(tokens.derive("meeting-invitation"), "HmacSHA256");
    }

    String tokenFor(UUID meetingId) {
        return mac(key, meetingId);
    }

    /** The single-use link of one invitation by mail. */
    String invitationToken(UUID invitationId) {
        return mac(invitationKey, invitationId);
    }

    private static String mac(SecretKeySpec key, UUID meetingId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            ByteBuffer id = ByteBuffer.allocate(16).putLong(meetingId.getMostSignificantBits())
                    .putLong(meetingId.getLeastSignificantBits());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String path(String token) {
        return "/m#" + token;
    }

    static byte[] hash(String token) {
        return SurveyTokens.hash(token);
    }
}
