package dk.pejling.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the machine's own installation (Debian's postgresql package: server and pg_dump of one
 * version), created and started by the test in a directory of its own. As root it runs as the {@code postgres} user,
 * as PostgreSQL requires.
 */
final class SystemPostgres implements AutoCloseable {

    final Path bin;
    final Path dir;
    final int port;
    final String superPassword = Long.toHexString(new SecureRandom().nextLong());

    private SystemPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The newest /usr/lib/postgresql/N/bin with a server and pg_dump. */
    static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(
                    "PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does)");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("pg_dump")))
                    .max(Comparator.comparing(
                            b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server under " + root));
        }
    }

    static SystemPostgres start() throws Exception {
        Path dir = Files.createTempDirectory("pejling-backup-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        SystemPostgres pg = new SystemPostgres(binaries(), dir, Replica.freePort());
        Path pwfile = dir.resolve("pw");
        Files.writeString(pwfile, pg.superPassword + "\n");
        Files.createDirectories(dir.resolve("run"));
        if (root()) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    Files.setOwner(p, postgres);
                }
            }
        }
        pg.asServer(pg.bin.resolve("initdb").toString(), "-D", dir.resolve("pgdata").toString(), "-U", "postgres",
                "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C.UTF-8");
        pg.asServer(pg.bin.resolve("pg_ctl").toString(), "-D", dir.resolve("pgdata").toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(), "-o",
                "-p " + pg.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir.resolve("run"),
                "start");
        return pg;
    }

    /** Creates the application's role (not a superuser) and its database. */
    void createAppDatabase(String password) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres",
                superPassword); Statement s = c.createStatement()) {
            s.execute("create role pejling login password '" + password + "'");
            s.execute("create database pejling owner pejling");
        }
    }

    String url(String user, String password) {
        return "postgresql://" + user + ":" + password + "@127.0.0.1:" + port + "/pejling";
    }

    /** Runs a client program (pg_dump, pg_restore) of the same version and fails with its output if it fails. */
    String client(String... command) throws Exception {
        List<String> full = new ArrayList<>(List.of(command));
        full.set(0, bin.resolve(command[0]).toString());
        return run(full);
    }

    private void asServer(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full);
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() throws Exception {
        asServer(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("pgdata").toString(), "-m", "fast", "-w", "stop");
    }
}
