package dk.pejling.auth;

import dk.pejling.common.PejlingConfig;
import dk.pejling.common.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts what Pejling must keep but never show (an identity provider's client secret) with AES-256-GCM under a key
 * derived from {@code pejling.auth.secret}: a copy of the database alone does not reveal it.
 */
@ApplicationScoped
class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;
    private final String stateSecret;

    SecretBox(PejlingConfig config) {
        this.key = new SecretKeySpec(Secrets.derive(config.auth().secret(), "sso-client-secret"), "AES");
        this.stateSecret = Base64.getEncoder().encodeToString(Secrets.derive(config.auth().secret(), "sso-state"));
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The stored client secret cannot be read with this pejling.auth.secret", e);
        }
    }

    /** The secret that protects the code flow's state, nonce and PKCE verifier: the same on every replica. */
    String stateSecret() {
        return stateSecret;
    }
}
