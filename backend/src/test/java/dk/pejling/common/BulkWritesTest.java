package dk.pejling.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A pooled connection's foreign-key check planned on a tiny table scans the whole table ever after; a bulk write of
 * rows that refer to each other then reads rows in proportion to the square of their number, unless the plans are
 * made afresh first ({@link BulkWrites#freshPlans}). Counted in rows read, from PostgreSQL's own statistics of the
 * transaction, not timed.
 */
@QuarkusTest
class BulkWritesTest {

    private static final int ROWS = 5_000;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChainWrittenAtOnceIsCheckedByIndexOnlyAfterFreshPlans() throws SQLException {
        String table = "bulk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table " + table + " (org uuid not null, id uuid primary key, mgr uuid, unique (org, id), "
                    + "foreign key (org, mgr) references " + table + " (org, id))");
            try {
                // A few people, then a few with a manager: the check is planned (and kept) for a table of one page.
                s.execute("insert into " + table + " select '00000000-0000-0000-0000-000000000001', "
                        + "gen_random_uuid(), null from generate_series(1, 40)");
                s.execute("analyze " + table);
                for (int i = 0; i < 10; i++) {
                    s.execute("insert into " + table + " select org, gen_random_uuid(), id from " + table
                            + " where mgr is null limit 1");
                }
                long stale = rowsReadByScans(c, table, false);
                long fresh = rowsReadByScans(c, table, true);
                System.out.printf("A chain of %,d rows written at once: %,d rows read by full scans with the kept "
                        + "plans, %,d after fresh plans%n", ROWS, stale, fresh);
                assertTrue(stale > (long) ROWS * ROWS / 4, "the hazard this guards against: " + stale);
                assertTrue(fresh < ROWS, "checked by index: " + fresh);
            } finally {
                s.execute("drop table " + table);
            }
        }
    }

    /** Writes a chain of {@link #ROWS} (each the manager of the next) in one statement, rolled back. */
    private static long rowsReadByScans(Connection c, String table, boolean fresh) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            if (fresh) {
                BulkWrites.freshPlans(c);
            }
            s.execute("with ids as (select gen_random_uuid() as id, n from generate_series(1, " + ROWS + ") n) "
                    + "insert into " + table + " select '00000000-0000-0000-0000-000000000001', id, "
                    + "lag(id) over (order by n) from ids");
            try (ResultSet r = s.executeQuery(
                    "select coalesce(seq_tup_read, 0) from pg_stat_xact_user_tables where relname = '" + table + "'")) {
                return r.next() ? r.getLong(1) : 0;
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }
}
