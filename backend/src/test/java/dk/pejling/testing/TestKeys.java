package dk.pejling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The key pair the server trusts during a test run, kept under target/ so that both the server (through config) and
 * the tests (which sign their own tokens) read the same files, whatever class loader they run in.
 */
public record TestKeys(Path privateKeyFile, Path publicKeyFile) {

    private static final Path DIR = Path.of("target", "test-keys");

    static synchronized TestKeys forRun() {
        try {
            Files.createDirectories(DIR);
            KeyPair pair = generate();
            Path privateKey = DIR.resolve("private.pem").toAbsolutePath();
            Path publicKey = DIR.resolve("public.pem").toAbsolutePath();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new TestKeys(privateKey, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The private key the server trusts in this run. */
    public static PrivateKey serverTrusted() {
        try {
            String pem = Files.readString(DIR.resolve("private.pem"));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("The test key pair is missing; is EmbeddedPostgresResource active?", e);
        }
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
