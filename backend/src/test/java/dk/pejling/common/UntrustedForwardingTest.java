package dk.pejling.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Forwarding is on but the peer (the test, on 127.0.0.1) is not a trusted proxy: its X-Forwarded-For is ignored,
 * so a client cannot dodge the per-client limit by naming a new address in every request.
 */
@QuarkusTest
@TestProfile(UntrustedForwardingTest.PeerNotTrusted.class)
class UntrustedForwardingTest {

    public static class PeerNotTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.1",
                    "pejling.limits.login-client.max", "4",
                    "pejling.demo", "false");
        }
    }

    @Test
    void aForwardedAddressFromAnUntrustedPeerDoesNotMakeANewClient() {
        for (int i = 0; i < 4; i++) {
            ClientLimitsTest.login("198.51.100." + i, "ukendt-" + UUID.randomUUID() + "@kommune.dk")
                    .then().statusCode(401);
        }
        ClientLimitsTest.login("198.51.100.99", "ukendt-" + UUID.randomUUID() + "@kommune.dk").then().statusCode(429);
    }
}
