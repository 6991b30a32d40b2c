package dk.pejling.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a statement that writes thousands of rows at once needs first (docs/performance.md, "Bulk writes and
 * foreign keys").
 *
 * <p>PostgreSQL checks each written row's foreign keys with a query it plans once per connection and keeps. A pooled
 * connection keeps that plan for as long as it lives: a check planned while the referenced table had a few rows scans
 * the whole table, and stays a full scan after the table has grown. For a statement whose references were just
 * written — an import's people and their managers, a released batch of ballots and their answers — every row's check
 * then reads every row written before it: an import of 60,000 people took five minutes instead of two seconds.
 * {@link #freshPlans} makes the session plan its statements again, foreign-key checks included, from the table
 * sizes as they are now.
 */
public final class BulkWrites {

    private BulkWrites() {
    }

    /** Makes this connection plan its cached statements (foreign-key checks included) again, before a bulk write. */
    public static void freshPlans(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("discard plans");
        }
    }
}
