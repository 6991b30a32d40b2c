package dk.pejling.common;

import java.nio.file.Path;

/** Where Pejling keeps what it must not lose between starts: the embedded database and generated signing keys. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve() {
        String configured = System.getenv("PEJLING_DATA_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("pejling.data-dir");
        }
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".pejling");
        }
        return Path.of(configured).toAbsolutePath();
    }
}
