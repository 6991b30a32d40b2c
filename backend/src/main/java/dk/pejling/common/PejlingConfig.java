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

    Survey survey();

    Jobs jobs();

    Bootstrap bootstrap();

    /** The first operator of a new installation (PEJLING_BOOTSTRAP_OPERATOR_EMAIL, _NAME). */
    interface Bootstrap {
        /** Created on start when no login has this e-mail, and mailed a link to choose a password. */
        Optional<String> operatorEmail();

        @WithDefault("Driftsansvarlig")
        String operatorName();
    }

    /**
     * Request limits by name (login-account, login-client, password-reset-email, password-reset-client, export,
     * survey): at most {@code max} per {@code window}, shared by all replicas through the database.
     */
    java.util.Map<String, LimitSetting> limits();

    interface LimitSetting {
        int max();

        Duration window();
    }

    Retention retention();

    Reports reports();

    interface Reports {
        /**
         * Whether each leader's own report PDF is rendered in the background when a round is counted, so that the
         * first download finds it made (docs/performance.md, "Report PDF").
         */
        @WithDefault("true")
        boolean pdfAhead();
    }

    Meetings meetings();

    interface Meetings {
        /** How many months a meeting evaluation's answers and stories are kept after it ends. */
        @WithDefault("24")
        int retentionMonths();
    }

    interface Retention {
        /**
         * How long after a round closes its invitations (names, e-mails) and links are kept, so that HR can answer
         * questions about who was asked; then they are removed. Ballots and stories go when the round's own retention
         * period (months, set per round) ends.
         */
        @WithDefault("P30D")
        Duration grace();

        /** How often the retention job looks for data to remove. */
        @WithDefault("1h")
        String interval();
    }

    interface Jobs {
        /** How often queued invitation and reminder mails are sent. */
        @WithDefault("10s")
        String mailInterval();

        /** How often rounds past their closing time are closed and due reminders queued. */
        @WithDefault("60s")
        String roundInterval();

        /** How often sealed ballots are released from the ballot box and closed rounds counted. */
        @WithDefault("10s")
        String mixInterval();
    }

    /** The address users reach Pejling at; links in e-mails start with it. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    interface Survey {
        /**
         * Base64 secret (≥ 32 bytes) from which each invitation's token is derived with HMAC-SHA256. Unset: generated
         * once in the data directory. Only token hashes are stored, so the database alone never yields a token.
         */
        String tokenSecret();

        /** Retries of a failed mail before it is shown as failed for good. */
        @WithDefault("6")
        int mailAttempts();

        /**
         * The pause after a mail's first failed attempt (a login mail waits twice as long); it doubles with each
         * further attempt, up to an hour.
         */
        @WithDefault("PT1M")
        java.time.Duration mailRetry();

        /** The pause before the next attempt after {@code attempts} failed ones: the first pause, doubled. */
        default java.time.Duration mailPause(int attempts) {
            java.time.Duration pause = mailRetry().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
            return pause.compareTo(java.time.Duration.ofHours(1)) > 0 ? java.time.Duration.ofHours(1) : pause;
        }
    }

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

        /**
         * Base64 secret (at least 32 bytes) from which Pejling derives its own keys: for hashing rate-limit keys,
         * encrypting SSO client secrets and protecting the SSO state. Unset: generated once in the data directory.
         * Replicas must share it.
         */
        String secret();

        /**
         * The key id ({@code kid}) in the header of issued tokens, naming the signing key, so that during a key
         * rotation a key set with the old and the new public key can verify both (docs/operations.md).
         */
        @WithDefault("pejling-1")
        String keyId();
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
