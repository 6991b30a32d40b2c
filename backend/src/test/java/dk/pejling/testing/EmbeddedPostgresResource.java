package dk.pejling.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fresh real PostgreSQL for each test run, on a free port (so a server on 5432 does not matter), and a signing
 * key pair generated for the run: no key is ever part of the source tree.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("pejling-test-pg");
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("pgdata"))
                    .setCleanDataDirectory(true)
                    .start();
            TestKeys keys = TestKeys.forRun();
            return Map.of(
                    "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "smallrye.jwt.sign.key.location", keys.privateKeyFile().toUri().toString(),
                    "mp.jwt.verify.publickey.location", keys.publicKeyFile().toUri().toString(),
                    "pejling.demo", "true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // The run is over; the temp directory goes with the machine's cleanup.
            }
        }
    }
}
