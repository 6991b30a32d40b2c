package dk.pejling.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL the benchmark measures: the same PostgreSQL 17 binaries and the same durable settings as Pejling's
 * embedded server (every commit flushed to disk), in a directory of the benchmark's own; or an external server given
 * by URL. The application, pgbench and the benchmark's own SQL all talk to this one server.
 */
final class Pg implements AutoCloseable {

    final String host = "127.0.0.1";
    final int port;
    final String database;
    final String user;
    final String password;
    private final EmbeddedPostgres embedded;

    private Pg(EmbeddedPostgres embedded, int port, String database, String user, String password) {
        this.embedded = embedded;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /** Starts (or reopens) a server with its data in {@code dir}, on {@code port}. */
    static Pg embedded(Path dir, int port) throws IOException {
        Files.createDirectories(dir);
        boolean existing = Files.exists(dir.resolve("pgdata/PG_VERSION"));
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dir.resolve("pgbin").toFile())
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(120))
                // As common/EmbeddedDatabase: durable, so that an acknowledged ballot survives a power cut.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
        Log.info("PostgreSQL 17 %s on 127.0.0.1:%d, data in %s", existing ? "reopened" : "created", port, dir);
        return new Pg(pg, port, "postgres", "postgres", "");
    }

    /** An external server: {@code jdbc:postgresql://host:port/db}. */
    static Pg external(String url, String user, String password) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*")
                .matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        return new Pg(null, m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3), user,
                password == null ? "" : password);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl(), user, password);
        c.setAutoCommit(true);
        return c;
    }

    /** The environment for PostgreSQL's own command line tools (pgbench, psql). */
    java.util.Map<String, String> clientEnv() {
        return java.util.Map.of("PGHOST", host, "PGPORT", String.valueOf(port), "PGUSER", user, "PGDATABASE", database,
                "PGPASSWORD", password);
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static List<Object[]> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Bytes the database takes on disk. */
    long databaseBytes() throws SQLException {
        try (Connection c = connect()) {
            return count(c, "select pg_database_size(current_database())");
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
