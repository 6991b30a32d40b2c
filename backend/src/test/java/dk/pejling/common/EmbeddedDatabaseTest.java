package dk.pejling.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zero-install database keeps its data across a stop and a start, and the signing keys stay the same. It is safe
 * to keep: durable settings, a password for every connection, a socket directory of its own, no file that other
 * users can read or change.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesAStopAndAStart() throws Exception {
        try (EmbeddedPostgres first = EmbeddedDatabase.open(dataDir);
                Connection c = first.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('Ældreplejen')");
        }
        try (EmbeddedPostgres second = EmbeddedDatabase.open(dataDir);
                Connection c = second.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from kept")) {
            assertTrue(rs.next());
            assertEquals("Ældreplejen", rs.getString(1));
            assertEquals("17", second.getPostgresDatabase().getConnection().getMetaData()
                    .getDatabaseProductVersion().split("\\.")[0]);
        }
        assertTrue(Files.exists(dataDir.resolve("pgdata").resolve("PG_VERSION")));
    }

    @Test
    void signingKeysAreGeneratedOnceAndKept() throws Exception {
        Path dir = SigningKeys.ensure(dataDir);
        String privateKey = Files.readString(dir.resolve(SigningKeys.PRIVATE_KEY));
        assertTrue(privateKey.startsWith("-----BEGIN PRIVATE KEY-----"));
        SigningKeys.ensure(dataDir);
        assertEquals(privateKey, Files.readString(dir.resolve(SigningKeys.PRIVATE_KEY)));
    }

    @Test
    void aConnectionWithoutTheGeneratedPasswordIsRefused() throws Exception {
        try (EmbeddedPostgres server = EmbeddedDatabase.open(dataDir)) {
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            SQLException none = assertThrows(SQLException.class, () -> connect(url, null));
            assertEquals("08004", none.getSQLState(), none.getMessage());
            SQLException wrong = assertThrows(SQLException.class, () -> connect(url, "postgres"));
            assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
            String password = Files.readString(EmbeddedDatabase.passwordFile(dataDir)).strip();
            assertTrue(password.length() >= 40, "256 random bits");
            try (Connection c = connect(url, password);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "every rule asks for the password");
            }
        }
    }

    @Test
    void settingsAreDurableAndTheSocketIsPrivate() throws Exception {
        try (EmbeddedPostgres server = EmbeddedDatabase.open(dataDir);
                Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            assertEquals("on", show(s, "fsync"));
            assertEquals("on", show(s, "synchronous_commit"));
            assertEquals("on", show(s, "full_page_writes"));
            assertEquals("0700", show(s, "unix_socket_permissions"));
            assertEquals(dataDir.resolve("run").toAbsolutePath().toString(), show(s, "unix_socket_directories"));
            assertTrue(Files.exists(dataDir.resolve("run").resolve(".s.PGSQL." + server.getPort())));
        }
    }

    @Test
    void nothingInTheDataDirectoryIsOpenToOtherUsers() throws Exception {
        try (EmbeddedPostgres server = EmbeddedDatabase.open(dataDir)) {
            SigningKeys.ensure(dataDir);
            SigningKeys.surveySecret(dataDir);
            assertEquals("rwx------", mode(dataDir));
            assertEquals("rwx------", mode(dataDir.resolve("run")));
            assertEquals("rwx------", mode(dataDir.resolve("keys")));
            assertEquals("rw-------", mode(EmbeddedDatabase.passwordFile(dataDir)));
            List<String> open = new ArrayList<>();
            try (Stream<Path> all = Files.walk(dataDir)) {
                all.filter(p -> !Files.isSymbolicLink(p)).forEach(p -> {
                    String mode = mode(p);
                    // pgdata may be group-readable only if PostgreSQL was told so; nothing may be writable by others.
                    if (mode.charAt(4) == 'w' || mode.charAt(6) != '-' || mode.charAt(7) != '-'
                            || mode.charAt(8) != '-') {
                        open.add(dataDir.relativize(p) + " " + mode);
                    }
                });
            }
            assertEquals(List.of(), open);
        }
    }

    @Test
    void aClusterCreatedWithTrustGetsItsPasswordAndKeepsItsData() throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pgdata"))
                .setCleanDataDirectory(false).start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('Dagtilbud')");
        }
        try (EmbeddedPostgres server = EmbeddedDatabase.open(dataDir)) {
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            assertThrows(SQLException.class, () -> connect(url, null));
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select v from kept")) {
                rs.next();
                assertEquals("Dagtilbud", rs.getString(1));
            }
        }
        try (EmbeddedPostgres again = EmbeddedDatabase.open(dataDir)) {
            assertThrows(SQLException.class,
                    () -> connect("jdbc:postgresql://localhost:" + again.getPort() + "/postgres", null));
        }
    }

    private static Connection connect(String url, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String mode(Path path) {
        try {
            java.util.Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return PosixFilePermissions.toString(permissions);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
