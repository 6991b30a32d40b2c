package dk.pejling.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The benchmark's own signing key: the application under test is started with its public half, so that the
 * benchmark can sign tokens for any of the generated people the way Pejling's login does (RS256, iss, aud, sub, org,
 * ver, groups) without a password and without the login's rate limits. The server still checks every token and
 * every request against the database (the login must exist and be active).
 */
final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KeyPair keys;
    final Path privatePem;
    final Path publicPem;

    Jwt(Path dir) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(dir);
        privatePem = dir.resolve("private.pem");
        publicPem = dir.resolve("public.pem");
        Files.writeString(privatePem, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        Files.writeString(publicPem, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** A token as Pejling's login issues it, valid for eight hours. */
    String sign(UUID person, UUID organisation, int version, List<String> roles) {
        try {
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("alg", "RS256");
            header.put("typ", "JWT");
            header.put("kid", "pejling-1");
            long now = Instant.now().getEpochSecond();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", "pejling");
            claims.put("aud", "pejling-api");
            claims.put("sub", person.toString());
            claims.put("org", organisation.toString());
            claims.put("ver", version);
            claims.put("groups", roles);
            claims.put("iat", now);
            claims.put("exp", now + 8 * 3600);
            claims.put("jti", UUID.randomUUID().toString());
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            String signed = url.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + url.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + url.encodeToString(rsa.sign());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
