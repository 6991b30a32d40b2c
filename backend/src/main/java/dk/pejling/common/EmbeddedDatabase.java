package dk.pejling.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from the binaries shipped in the jar, so that Pejling starts on a machine with
 * nothing but Java. Started at most once per JVM, with its data kept in the data directory, stopped at exit.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** True when this JVM runs an embedded server (and so the demo organisation is loaded by default). */
    public static synchronized boolean isRunning() {
        return server != null;
    }

    static synchronized String jdbcUrl(Path dataDir) {
        start(dataDir);
        return server.getJdbcUrl(USER, DATABASE);
    }

    static String user() {
        return USER;
    }

    private static void start(Path dataDir) {
        if (server != null) {
            return;
        }
        Path pgdata = dataDir.resolve("pgdata");
        try {
            Files.createDirectories(dataDir);
            boolean existing = Files.exists(pgdata.resolve("PG_VERSION"));
            long started = System.nanoTime();
            server = open(dataDir);
            LOG.infof("Embedded PostgreSQL %s on port %d, data in %s (%d ms)",
                    existing ? "reopened" : "created", server.getPort(), pgdata,
                    (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "pejling-embedded-postgres-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgdata, e);
        }
    }

    /** Starts a server on a free port over the data in {@code dataDir/pgdata}, creating the cluster if needed. */
    static EmbeddedPostgres open(Path dataDir) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dataDir.resolve("pgbin").toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    private static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is exiting; PostgreSQL recovers from its WAL on the next start.
        }
        server = null;
    }
}
