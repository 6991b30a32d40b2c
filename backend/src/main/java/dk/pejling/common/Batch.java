package dk.pejling.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/**
 * Many rows in one JDBC batch on the current transaction's connection, in the order given: for writes of thousands of
 * rows where entities would cost a flush each, and where the order rows reach the table is itself chosen (shuffled).
 */
public final class Batch {

    private static final int CHUNK = 1000;

    private Batch() {
    }

    /** Runs {@code sql} once per row; pending entity changes are flushed first so the rows see them. */
    public static void run(EntityManager em, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            // The rows' foreign keys may refer to rows just written (a launch's mails to its invitations).
            BulkWrites.freshPlans(connection);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        set(statement, i + 1, row[i]);
                    }
                    statement.addBatch();
                    if (++pending == CHUNK) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }
}
