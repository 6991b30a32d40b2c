package dk.pejling.survey;

import dk.pejling.rounds.RaterGroup;
import dk.pejling.rounds.SurveyTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption for what the database must not be able to read. Submitted ballots are sealed with AES-256-GCM under a
 * key derived from the survey secret (which the database does not hold), bound to their round, leader and group, and
 * padded to one of a few fixed sizes so that their length tells nothing about how much was written. Drafts are sealed
 * under a key derived from the respondent's own token, which nothing stores: only the link in the respondent's mail
 * opens them.
 */
@ApplicationScoped
class Sealing {

    /** A ballot as sealed: a score per statement in the form's order (0 for "ved ikke"), stories by value index. */
    record Contents(byte[] scores, List<StoryText> stories) {
    }

    record StoryText(int valueIndex, String text) {
    }

    private static final int VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    /** Sealed sizes: a ballot without stories always fits the first; longer ones take the next that fits. */
    static final int[] SIZES = {2048, 8192, 32768, 131072};

    private final SecretKeySpec boxKey;
    private final SecureRandom random = new SecureRandom();

    Sealing(SurveyTokens tokens) {
        this.boxKey = new SecretKeySpec(tokens.derive("ballot-box"), "AES");
    }

    byte[] seal(Contents contents, UUID roundId, UUID evalueeId, RaterGroup group) {
        byte[] plain = encode(contents);
        int size = Arrays.stream(SIZES).filter(s -> s >= plain.length + 4).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("A ballot larger than the largest sealed size"));
        byte[] padded = ByteBuffer.allocate(size).putInt(plain.length).put(plain).array();
        return encrypt(boxKey, padded, binding(roundId, evalueeId, group));
    }

    Contents open(byte[] sealed, UUID roundId, UUID evalueeId, RaterGroup group) {
        ByteBuffer padded = ByteBuffer.wrap(decrypt(boxKey, sealed, binding(roundId, evalueeId, group)));
        byte[] plain = new byte[padded.getInt()];
        padded.get(plain);
        return decode(plain);
    }

    byte[] sealDraft(String token, byte[] json) {
        return encrypt(draftKey(token), json, new byte[0]);
    }

    byte[] openDraft(String token, byte[] sealed) {
        return decrypt(draftKey(token), sealed, new byte[0]);
    }

    private static SecretKeySpec draftKey(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal("pejling:draft".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] binding(UUID roundId, UUID evalueeId, RaterGroup group) {
        return (roundId + "/" + evalueeId + "/" + group).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] encrypt(SecretKeySpec key, byte[] plain, byte[] aad) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE + sealed.length).put((byte) VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decrypt(SecretKeySpec key, byte[] sealed, byte[] aad) {
        try {
            if (sealed.length < 1 + NONCE || sealed[0] != VERSION) {
                throw new GeneralSecurityException("Not a sealed value of a known version");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE);
        } catch (GeneralSecurityException e) {
            throw new SealBroken(e);
        }
    }

    /** A sealed value that does not open: another key, another binding, or tampered with. */
    static final class SealBroken extends RuntimeException {
        SealBroken(Throwable cause) {
            super(cause);
        }
    }

    private static byte[] encode(Contents contents) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeShort(contents.scores().length);
            out.write(contents.scores());
            out.writeByte(contents.stories().size());
            for (StoryText story : contents.stories()) {
                byte[] text = story.text().getBytes(StandardCharsets.UTF_8);
                out.writeByte(story.valueIndex());
                out.writeInt(text.length);
                out.write(text);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Contents decode(byte[] plain) {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(plain));
            byte[] scores = new byte[in.readUnsignedShort()];
            in.readFully(scores);
            int count = in.readUnsignedByte();
            List<StoryText> stories = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int value = in.readUnsignedByte();
                byte[] text = new byte[in.readInt()];
                in.readFully(text);
                stories.add(new StoryText(value, new String(text, StandardCharsets.UTF_8)));
            }
            return new Contents(scores, stories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
