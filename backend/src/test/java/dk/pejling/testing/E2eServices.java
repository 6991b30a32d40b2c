package dk.pejling.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetAddress;
import java.nio.file.Path;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * What the browser journey needs besides Pejling itself, started by Playwright as a process of its own: a real
 * PostgreSQL for Pejling to use by JDBC URL (as an operator's own database), and an OpenID Connect provider with
 * its interactive login page. Arguments: PostgreSQL port, provider port, a directory for the database. Runs until
 * it is stopped, and stops both then.
 */
public final class E2eServices {

    private E2eServices() {
    }

    public static void main(String[] args) throws Exception {
        int postgresPort = Integer.parseInt(args[0]);
        int providerPort = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(postgresPort)
                .setDataDirectory(dir.resolve("pgdata"))
                .setCleanDataDirectory(true)
                .start();
        MockOAuth2Server provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start(InetAddress.getByName("127.0.0.1"), providerPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            provider.shutdown();
            try {
                postgres.close();
            } catch (Exception e) {
                // Stopping anyway.
            }
        }));
        System.out.println("E2E services: PostgreSQL on " + postgresPort + ", OpenID Connect provider on "
                + providerPort);
        Thread.currentThread().join();
    }
}
