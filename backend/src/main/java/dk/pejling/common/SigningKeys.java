package dk.pejling.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * The RSA key pair that signs Pejling's own tokens when no key is configured: generated once and kept in the data
 * directory, so that tokens survive a restart and no key is ever part of the source tree.
 */
final class SigningKeys {

    static final String PRIVATE_KEY = "jwt-private.pem";
    static final String PUBLIC_KEY = "jwt-public.pem";

    private SigningKeys() {
    }

    static synchronized Path ensure(Path dataDir) {
        Path dir = dataDir.resolve("keys");
        Path privateKey = dir.resolve(PRIVATE_KEY);
        Path publicKey = dir.resolve(PUBLIC_KEY);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
            write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write signing keys to " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret survey tokens are derived from, generated once (256 random bits, base64). */
    static String surveySecret(Path dataDir) {
        return secret(dataDir, "survey-token-secret");
    }

    /** The secret Pejling derives its own keys from (pejling.auth.secret), generated once (256 bits, base64). */
    static String authSecret(Path dataDir) {
        return secret(dataDir, "auth-secret");
    }

    private static synchronized String secret(Path dataDir, String name) {
        Path file = dataDir.resolve("keys").resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] secret = new byte[32];
                new java.security.SecureRandom().nextBytes(secret);
                Path tmp = file.resolveSibling(name + ".tmp");
                Files.writeString(tmp, Base64.getEncoder().encodeToString(secret));
                try {
                    Files.setPosixFilePermissions(tmp, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system.
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a secret in " + file, e);
        }
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, pem);
        try {
            Files.setPosixFilePermissions(tmp, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system; the data directory's own permissions apply.
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
