package dk.pejling.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * bcrypt reads at most 72 bytes of a password, so a long passphrase would be cut silently. Passwords are therefore
 * hashed with SHA-256 first (44 base64 characters, within bcrypt's reach) and the result is bcrypt'ed; such hashes
 * carry the prefix {@value #PREFIX}. Hashes without it (made before) are plain bcrypt: they are checked as such, and
 * only for passwords of at most 72 bytes, so that nothing beyond the 72nd byte is ever ignored.
 */
final class PasswordHashing {

    static final String PREFIX = "$p1$";
    /** bcrypt cost: ~50–100 ms a check on the project's machines, slow enough for offline guessing. */
    static final int COST = 10;
    private static final int BCRYPT_MAX_BYTES = 72;

    private PasswordHashing() {
    }

    static String hash(String password) {
        return PREFIX + BcryptUtil.bcryptHash(prehash(password), COST);
    }

    static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        if (stored.startsWith(PREFIX)) {
            return BcryptUtil.matches(prehash(password), stored.substring(PREFIX.length()));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            // Compare anyway, so that the answer takes as long; a plain bcrypt hash cannot tell such passwords apart.
            BcryptUtil.matches(prehash(password), stored);
            return false;
        }
        return BcryptUtil.matches(password, stored);
    }

    /** Whether a hash is of the old, plain kind, to be replaced at the next successful login. */
    static boolean plain(String stored) {
        return stored != null && !stored.startsWith(PREFIX);
    }

    private static String prehash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
