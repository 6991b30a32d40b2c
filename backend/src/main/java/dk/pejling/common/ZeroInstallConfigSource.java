package dk.pejling.common;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The lowest-priority answers that let Pejling run with nothing configured: an embedded PostgreSQL when no
 * datasource is set, and signing keys in the data directory when no JWT keys are set. Any real configuration
 * (application.properties, environment, system properties) has a higher ordinal and is asked first, so this source
 * is never consulted — and nothing embedded starts — when the operator configured the property.
 */
public class ZeroInstallConfigSource implements ConfigSource {

    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String USERNAME = "quarkus.datasource.username";
    private static final String PASSWORD = "quarkus.datasource.password";
    private static final String SIGN_KEY = "smallrye.jwt.sign.key.location";
    private static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";
    private static final String TOKEN_SECRET = "pejling.survey.token-secret";
    private static final String AUTH_SECRET = "pejling.auth.secret";
    private static final String MAILER_MOCK = "quarkus.mailer.mock";

    @Override
    public Set<String> getPropertyNames() {
        // Answer lookups only: listing names would start the database during build-time config scans.
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() { return Map.of(); }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case JDBC_URL -> isRuntime() ? EmbeddedDatabase.jdbcUrl(DataDirectory.resolve()) : null;
            case USERNAME -> EmbeddedDatabase.isRunning() ? EmbeddedDatabase.user() : null;
            case PASSWORD -> EmbeddedDatabase.password();
            case SIGN_KEY -> !isRuntime() ? null
                    : SigningKeys.ensure(DataDirectory.resolve()).resolve(SigningKeys.PRIVATE_KEY).toUri().toString();
            case VERIFY_KEY -> !isRuntime() ? null
                    : SigningKeys.ensure(DataDirectory.resolve()).resolve(SigningKeys.PUBLIC_KEY).toUri().toString();
            case TOKEN_SECRET -> !isRuntime() ? null : SigningKeys.surveySecret(DataDirectory.resolve());
            case AUTH_SECRET -> !isRuntime() ? null : SigningKeys.authSecret(DataDirectory.resolve());
            // With nothing configured (the zero-install demo), mails go to the log for the developer to read.
            case MAILER_MOCK -> zeroInstall() ? "true" : null;
            default -> null;
        };
    }

    @Override
    public int getOrdinal() { return 10; }

    @Override
    public String getName() { return "pejling-zero-install"; }

    private static boolean zeroInstall() {
        return blank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                && blank(System.getProperty("quarkus.datasource.jdbc.url"))
                && blank(System.getenv("QUARKUS_MAILER_HOST")) && blank(System.getProperty("quarkus.mailer.host"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Quarkus's build step reads configuration too; it must not start a database or write keys. */
    private static boolean isRuntime() {
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            String cls = frame.getClassName();
            if (cls.startsWith("io.quarkus.deployment.") || cls.startsWith("io.quarkus.maven.")) {
                return false;
            }
        }
        return true;
    }
}
