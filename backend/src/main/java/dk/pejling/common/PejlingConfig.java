package dk.pejling.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Pejling's own settings, under {@code pejling.*} (environment: {@code PEJLING_*}). */
@ConfigMapping(prefix = "pejling")
public interface PejlingConfig {

    /** Load the demo organisation at start. Unset: only when Pejling runs its embedded PostgreSQL. */
    Optional<Boolean> demo();

    Auth auth();

    Site site();

    interface Auth {
        /** The {@code iss} of the tokens Pejling issues; also checked on every request. */
        @WithDefault("pejling")
        String issuer();

        /** The {@code aud} of the tokens Pejling issues; also checked on every request. */
        @WithDefault("pejling-api")
        String audience();

        /** How long a login lasts. */
        @WithDefault("PT8H")
        Duration tokenLifespan();
    }

    interface Site {
        /** The organisation's accessibility statement (WAS), linked from every page's footer. */
        @WithDefault("https://www.was.digst.dk/")
        String accessibilityStatementUrl();

        /** Where users write about personal data, shown on the privacy page. */
        @WithDefault("databeskyttelse@demo.pejling.dk")
        String privacyContactEmail();
    }
}
