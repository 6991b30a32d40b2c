package dk.pejling.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * With a datasource configured (here by the test resource, as an operator would by environment), the zero-install
 * source is never consulted: nothing embedded starts and no keys are written to the data directory.
 */
@QuarkusTest
class ConfiguredDatasourceTest {

    @Test
    void aConfiguredDatasourceStartsNothingEmbedded() {
        assertFalse(EmbeddedDatabase.isRunning());
    }

    @Test
    void theZeroInstallSourceAnswersNothingElse() {
        ZeroInstallConfigSource source = new ZeroInstallConfigSource();
        assertNull(source.getValue("quarkus.http.port"));
        assertNull(source.getValue("quarkus.datasource.username"));
        assertFalse(source.getPropertyNames().iterator().hasNext());
    }

    @Test
    void theDefaultDataDirectoryIsUnderTheHomeDirectory() {
        if (System.getenv("PEJLING_DATA_DIR") == null && System.getProperty("pejling.data-dir") == null) {
            Path expected = Path.of(System.getProperty("user.home"), ".pejling");
            org.junit.jupiter.api.Assertions.assertEquals(expected, DataDirectory.resolve());
        }
    }
}
