package dk.pejling.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * A fresh real PostgreSQL for each test run, on a free port (so a server on 5432 does not matter), and a signing
 * key pair generated for the run: no key is ever part of the source tree. Mail goes to a real SMTP server,
 * GreenMail, in-process on a free port.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;
    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("pejling-test-pg");
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("pgdata"))
                    .setCleanDataDirectory(true)
                    .start();
            TestKeys keys = TestKeys.forRun();
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            greenMail.start();
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return Map.ofEntries(
                    Map.entry("quarkus.mailer.mock", "false"),
                    Map.entry("quarkus.mailer.host", "127.0.0.1"),
                    Map.entry("quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort())),
                    Map.entry("quarkus.mailer.start-tls", "DISABLED"),
                    Map.entry("pejling.survey.token-secret", Base64.getEncoder().encodeToString(secret)),
                    Map.entry("pejling.auth.secret", Base64.getEncoder().encodeToString(authSecret())),
                    Map.entry("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres")),
                    Map.entry("quarkus.datasource.username", "postgres"),
                    Map.entry("smallrye.jwt.sign.key.location", keys.privateKeyFile().toUri().toString()),
                    Map.entry("mp.jwt.verify.publickey.location", keys.publicKeyFile().toUri().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] authSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(greenMail,
                new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // The run is over; the temp directory goes with the machine's cleanup.
            }
        }
    }
}
