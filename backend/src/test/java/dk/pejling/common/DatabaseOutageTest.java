package dk.pejling.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is away" (503) and which are bugs (500). */
class DatabaseOutageTest {

    @Test
    void aCommitThatFailsBecauseTheServerShutDownIsAnOutage() {
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException(
                "ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(DatabaseOutage.isCause(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void refusedConnectionsBrokenConnectionsAndAnEmptyPoolAreOutages() {
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("An I/O error occurred", "08006"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(DatabaseOutage.isCause(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("a bug")));
    }
}
