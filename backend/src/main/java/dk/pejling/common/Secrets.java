package dk.pejling.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys derived from one configured secret ({@code pejling.auth.secret}), one per purpose, so that a key used for one
 * thing (hashing rate-limit keys) says nothing about another (encrypting SSO client secrets).
 */
public final class Secrets {

    private Secrets() {
    }

    /** HMAC-SHA256(secret, purpose): 32 bytes for the purpose. The secret is base64 of at least 32 bytes. */
    public static byte[] derive(String base64Secret, String purpose) {
        byte[] secret = decode(base64Secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] decode(String base64Secret) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64Secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("pejling.auth.secret is not base64", e);
        }
        if (secret.length < 32) {
            throw new IllegalStateException("pejling.auth.secret must be at least 32 bytes (base64)");
        }
        return secret;
    }
}
