package dk.pejling.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises an exception caused by the database being unreachable (stopped, restarting, failing over, the pool
 * unable to get a connection in time), which the API answers with 503 problem+json and Retry-After instead of 500.
 */
public final class DatabaseOutage {

    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /**
     * Looks through causes and suppressed exceptions: a commit that fails because the connection died arrives as a
     * RollbackException with the driver's error suppressed under an XAException. Whether that commit reached the
     * database is unknown, which is what 503 tells the client: try again (a survey answers 409 if it was stored).
     */
    public static boolean isCause(Throwable e) {
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.push(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.push(suppressed);
            }
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // Class 08: connection exceptions. 57P01-57P03: the server shuts down, crashed, or cannot take
                // connections yet. Agroal reports a pool that could not hand out a connection without a state.
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (state == null && message != null && message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost message, for an operator's log line (no SQL, no parameters). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root instanceof SQLException sql && sql.getSQLState() != null
                ? " (" + sql.getSQLState() + ")" : "");
    }
}
