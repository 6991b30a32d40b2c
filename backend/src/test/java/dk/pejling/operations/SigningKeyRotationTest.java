package dk.pejling.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.pejling.testing.TestKeys;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The key rotation of docs/operations.md, with the library Pejling verifies tokens with: tokens carry a key id
 * (pejling.auth.key-id), which a single PEM verification key accepts; while the verification key set holds the old
 * and the new public key, tokens signed with either are accepted, so nobody is logged out; a key that is not in the
 * set is refused. A token without a key id cannot be matched to one of several keys — which is why Pejling names its
 * key from the start.
 */
class SigningKeyRotationTest {

    private final KeyPair old = TestKeys.generate();
    private final KeyPair fresh = TestKeys.generate();

    @Test
    void duringARotationTokensOfTheOldAndTheNewKeyAreAccepted() throws Exception {
        JWTAuthContextInfo both = verifier(jwks(jwk(old, "2026-01"), jwk(fresh, "2026-12")));
        String issuedBeforeWithId = Jwt.issuer("pejling").audience("pejling-api").subject("b").expiresIn(3600)
                .jws().keyId("2026-01").sign(old.getPrivate());
        String issuedAfter = Jwt.issuer("pejling").audience("pejling-api").subject("c").expiresIn(3600)
                .jws().keyId("2026-12").sign(fresh.getPrivate());

        // Before the rotation: one PEM key verifies, and ignores the key id.
        JWTAuthContextInfo pem = verifier("-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(old.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        assertEquals("b", new DefaultJWTParser(pem).parse(issuedBeforeWithId).getSubject());

        // During: both keys in the set.
        assertEquals("b", new DefaultJWTParser(both).parse(issuedBeforeWithId).getSubject());
        assertEquals("c", new DefaultJWTParser(both).parse(issuedAfter).getSubject());

        String foreign = Jwt.issuer("pejling").audience("pejling-api").subject("d").expiresIn(3600)
                .jws().sign(TestKeys.generate().getPrivate());
        assertThrows(ParseException.class, () -> new DefaultJWTParser(both).parse(foreign));
        String withoutId = Jwt.issuer("pejling").audience("pejling-api").subject("a").expiresIn(3600)
                .jws().sign(old.getPrivate());
        assertThrows(ParseException.class, () -> new DefaultJWTParser(both).parse(withoutId),
                "a token without a key id matches none of several keys");

        // After the last old token has expired, the old key leaves the set and its tokens are refused.
        JWTAuthContextInfo newOnly = verifier(jwks(jwk(fresh, "2026-12")));
        assertThrows(ParseException.class, () -> new DefaultJWTParser(newOnly).parse(issuedBeforeWithId));
        assertEquals("c", new DefaultJWTParser(newOnly).parse(issuedAfter).getSubject());
    }

    private static JWTAuthContextInfo verifier(String jwks) {
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setPublicKeyContent(jwks);
        info.setIssuedBy("pejling");
        info.setExpectedAudience(java.util.Set.of("pejling-api"));
        return info;
    }

    private static String jwks(String... keys) {
        return "{\"keys\":[" + String.join(",", keys) + "]}";
    }

    private static String jwk(KeyPair pair, String kid) {
        RSAPublicKey key = (RSAPublicKey) pair.getPublic();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"n\":\""
                + b64.encodeToString(unsigned(key.getModulus().toByteArray())) + "\",\"e\":\""
                + b64.encodeToString(unsigned(key.getPublicExponent().toByteArray())) + "\"}";
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
