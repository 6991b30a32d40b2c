package dk.pejling.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

/** A client that hangs up while its body is read is not an error of ours (and is not logged as one). */
class ClientGoneTest {

    @Test
    void aClosedConnectionAnywhereInTheCausesIsTheClientGone() {
        assertTrue(ProblemMappers.clientGone(new IOException(new IOException(new HttpClosedException("closed")))));
        assertTrue(ProblemMappers.clientGone(new IOException(new ClosedChannelException())));
    }

    @Test
    void otherFailuresAreStillUnexpected() {
        assertFalse(ProblemMappers.clientGone(new IOException("disk full")));
        assertFalse(ProblemMappers.clientGone(new IllegalStateException(new RuntimeException())));
    }
}
