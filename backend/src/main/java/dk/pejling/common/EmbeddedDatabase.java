package dk.pejling.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from the binaries shipped in the jar, so that Pejling starts on a machine with
 * nothing but Java. Started at most once per JVM, with its data kept in the data directory, stopped at exit.
 *
 * <p>It is meant to be kept, so it is set up like a server: every commit is flushed to disk ({@code fsync},
 * {@code synchronous_commit}), every connection needs the password generated into the data directory (no
 * {@code trust}), the Unix socket lies in a directory only the owner can enter, and nothing in the data directory
 * is readable or writable by other users. See docs/operations.md.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";
    static final String PASSWORD_FILE = "database-password";
    /** Unix socket paths are limited to 107 bytes; the socket file name itself takes up to 17 of them. */
    private static final int MAX_SOCKET_DIR_LENGTH = 80;
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final String HBA = """
            # Written by Pejling at every start: every connection proves the password (never trust).
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private static EmbeddedPostgres server;
    private static String password;

    private EmbeddedDatabase() {
    }

    /** True when this JVM runs an embedded server (and so the demo organisation is loaded by default). */
    public static synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * The URL carries the password: Quarkus may ask for the password before the URL, and only the URL tells that
     * the embedded server is meant. Nothing logs the URL (Flyway and Agroal name the database, not the URL).
     */
    static synchronized String jdbcUrl(Path dataDir) {
        start(dataDir);
        return server.getJdbcUrl(USER, DATABASE) + "&password=" + password;
    }

    static String user() {
        return USER;
    }

    /** The generated password of the running server, or null when none runs. */
    static synchronized String password() {
        return server == null ? null : password;
    }

    private static void start(Path dataDir) {
        if (server != null) {
            return;
        }
        Path pgdata = dataDir.resolve("pgdata");
        try {
            boolean existing = Files.exists(pgdata.resolve("PG_VERSION"));
            long started = System.nanoTime();
            server = open(dataDir);
            password = readPassword(dataDir);
            LOG.infof("Embedded PostgreSQL %s on port %d, data in %s (%d ms)",
                    existing ? "reopened" : "created", server.getPort(), pgdata,
                    (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "pejling-embedded-postgres-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgdata, e);
        }
    }

    /**
     * Starts a server on a free port over the data in {@code dataDir/pgdata}, creating the cluster if needed. A
     * cluster that an earlier version created with trust authentication gets its password on this start.
     */
    static EmbeddedPostgres open(Path dataDir) throws IOException {
        ownerOnlyDirectory(dataDir);
        Path pgdata = dataDir.resolve("pgdata");
        Path passwordFile = passwordFile(dataDir);
        boolean fresh = !Files.exists(pgdata.resolve("postgresql.conf"));
        boolean withoutPassword = !fresh && !Files.exists(passwordFile);
        String secret = ensurePassword(passwordFile);
        ownerOnlyDirectory(dataDir.resolve("pgbin"));
        Path socketDir = socketDirectory(dataDir);

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgdata)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dataDir.resolve("pgbin").toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                // Durable: an acknowledged ballot survives a power cut. (The library starts the server with -F,
                // fsync off; these come after it on the command line and win.)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", socketDir.toString())
                .setServerConfig("unix_socket_permissions", "0700")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", secret);
        if (fresh) {
            // initdb takes the library's options as its own: the cluster is born with a password and without trust.
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        } else if (!withoutPassword) {
            Files.writeString(pgdata.resolve("pg_hba.conf"), HBA);
        }
        EmbeddedPostgres started = builder.start();
        if (withoutPassword) {
            giveClusterAPassword(started, pgdata, secret);
        } else if (fresh) {
            Files.writeString(pgdata.resolve("pg_hba.conf"), HBA);
            reloadConfiguration(started);
        }
        tighten(dataDir);
        return started;
    }

    /** A cluster from before passwords: set one, then replace its trust rules, all in the running server. */
    private static void giveClusterAPassword(EmbeddedPostgres started, Path pgdata, String secret) throws IOException {
        try (Connection c = started.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("alter role " + USER + " with password '" + secret.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded database's password", e);
        }
        Files.writeString(pgdata.resolve("pg_hba.conf"), HBA);
        reloadConfiguration(started);
        LOG.info("The embedded PostgreSQL now requires the password kept in the data directory");
    }

    private static void reloadConfiguration(EmbeddedPostgres started) throws IOException {
        try (Connection c = started.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not reload the embedded database's configuration", e);
        }
    }

    static Path passwordFile(Path dataDir) {
        return dataDir.resolve("keys").resolve(PASSWORD_FILE);
    }

    private static String readPassword(Path dataDir) throws IOException {
        return Files.readString(passwordFile(dataDir)).strip();
    }

    /** 256 random bits, written once with mode 0600 (initdb reads the same file as its password file). */
    private static String ensurePassword(Path file) throws IOException {
        ownerOnlyDirectory(file.getParent());
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            createOwnerOnlyFile(tmp);
            Files.writeString(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        setPermissions(file, OWNER_ONLY_FILE);
        return Files.readString(file).strip();
    }

    /**
     * The server's socket lies in {@code dataDir/run} (mode 0700), not in the shared /tmp. When the data directory's
     * path is too long for a socket, a private directory under the system's temporary directory is used instead.
     */
    static Path socketDirectory(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("run").toAbsolutePath();
        if (dir.toString().length() > MAX_SOCKET_DIR_LENGTH) {
            dir = posix(dataDir)
                    ? Files.createTempDirectory("pejling-pg-", PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR))
                    : Files.createTempDirectory("pejling-pg-");
            dir.toFile().deleteOnExit();
            return dir;
        }
        ownerOnlyDirectory(dir);
        return dir;
    }

    private static void ownerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        setPermissions(dir, OWNER_ONLY_DIR);
    }

    private static void createOwnerOnlyFile(Path file) throws IOException {
        if (posix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createFile(file);
        }
    }

    /** No group or other permissions anywhere under {@code root}: binaries, data and secrets are the owner's alone. */
    private static void tighten(Path root) throws IOException {
        if (!posix(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                if (permissions.removeAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE))) {
                    Files.setPosixFilePermissions(path, permissions);
                }
            }
        }
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
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
