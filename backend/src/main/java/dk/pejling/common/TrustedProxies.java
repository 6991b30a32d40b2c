package dk.pejling.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with proxy forwarding on and no trusted proxy named: Quarkus would then take the client address
 * from any peer's X-Forwarded-For, and every login and survey limit per client could be dodged by sending one.
 */
@ApplicationScoped
class TrustedProxies {

    @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
    boolean forwarding;

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    Optional<List<String>> trusted;

    void check(@Observes StartupEvent event) {
        check(forwarding, trusted.orElse(List.of()));
    }

    static void check(boolean forwarding, List<String> trusted) {
        if (forwarding && trusted.stream().allMatch(String::isBlank)) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on but "
                    + "quarkus.http.proxy.trusted-proxies names no proxy: every client could choose its own address. "
                    + "Name the reverse proxy's addresses (QUARKUS_HTTP_PROXY_TRUSTED_PROXIES).");
        }
    }
}
