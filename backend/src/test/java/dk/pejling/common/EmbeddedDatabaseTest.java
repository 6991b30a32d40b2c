package dk.pejling.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zero-install database keeps its data across a stop and a start, and the signing keys stay the same. */
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
}
