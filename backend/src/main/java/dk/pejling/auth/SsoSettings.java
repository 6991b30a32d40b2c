package dk.pejling.auth;

import dk.pejling.common.AuditLog;
import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.OrganisationRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Each organisation's single sign-on: set by its admin, read by the login page (which organisation an e-mail's
 * domain belongs to), by the code flow (the provider to send a person to) and by password logins (whether the
 * organisation still allows them).
 */
@ApplicationScoped
class SsoSettings {

    /** The settings as the admin sees them: the client secret only as whether one is stored. */
    record Settings(boolean enabled, String issuer, String clientId, boolean clientSecretSet, String emailClaim,
            boolean passwordsAllowed, List<String> domains) {
    }

    /** What the admin sends; a null client secret keeps the stored one. */
    record Input(boolean enabled, String issuer, String clientId, String clientSecret, String emailClaim,
            boolean passwordsAllowed, List<String> domains) {
    }

    /** What the code flow needs of an organisation that signs in through its provider. */
    record Tenant(UUID organisationId, String slug, String name, int version, String issuer, String clientId,
            String clientSecret, String emailClaim) {
    }

    private final OrgService org;
    private final SecretBox box;
    private final AuditLog audit;

    SsoSettings(OrgService org, SecretBox box, AuditLog audit) {
        this.org = org;
        this.box = box;
        this.audit = audit;
    }

    /** Whether the organisation's people may (still) log in with a password of their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean passwordsAllowed(UUID organisationId) {
        SsoConfig config = SsoConfig.findById(organisationId);
        return config == null || !config.enabled || config.passwordsAllowed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Settings> get(UUID organisationId) {
        return Optional.ofNullable(SsoConfig.<SsoConfig>findById(organisationId)).map(c -> new Settings(c.enabled,
                c.issuer, c.clientId, c.clientSecretEncrypted != null, c.emailClaim, c.passwordsAllowed,
                domains(c.domains)));
    }

    @Transactional
    Settings save(UUID organisationId, UUID actorId, Input input) {
        List<FieldError> errors = new ArrayList<>();
        String issuer = input.issuer() == null ? "" : input.issuer().strip().replaceAll("/+$", "");
        if (!validIssuer(issuer)) {
            errors.add(new FieldError("issuer", "must be an https URL (http only for localhost)"));
        }
        SsoConfig config = SsoConfig.findById(organisationId);
        boolean secretGiven = input.clientSecret() != null && !input.clientSecret().isBlank();
        if (!secretGiven && (config == null || config.clientSecretEncrypted == null)) {
            errors.add(new FieldError("clientSecret", "is required"));
        }
        List<String> domains = new ArrayList<>();
        for (String d : input.domains() == null ? List.<String>of() : input.domains()) {
            String domain = d.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
            if (domain.isEmpty()) {
                continue;
            }
            if (!domain.matches("[a-z0-9æøå]([a-z0-9æøå-]*[a-z0-9æøå])?(\\.[a-z0-9æøå]([a-z0-9æøå-]*[a-z0-9æøå])?)+")) {
                errors.add(new FieldError("domains", "\"" + d + "\" is not a domain"));
            } else if (!domains.contains(domain)) {
                domains.add(domain);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " fields are invalid", errors);
        }
        for (SsoConfig other : SsoConfig.<SsoConfig>list("organisationId <> ?1", organisationId)) {
            for (String domain : domains) {
                if (domains(other.domains).contains(domain)) {
                    throw ProblemException.conflict("The domain " + domain + " belongs to another organisation.");
                }
            }
        }
        boolean created = config == null;
        if (created) {
            config = new SsoConfig();
            config.organisationId = organisationId;
            config.version = 0;
        }
        config.enabled = input.enabled();
        config.issuer = issuer;
        config.clientId = input.clientId().strip();
        if (secretGiven) {
            config.clientSecretEncrypted = box.encrypt(input.clientSecret().strip());
        }
        config.emailClaim = input.emailClaim() == null || input.emailClaim().isBlank() ? "email"
                : input.emailClaim().strip();
        config.passwordsAllowed = input.passwordsAllowed();
        config.domains = String.join(",", domains);
        config.version++;
        config.updatedAt = Instant.now();
        if (created) {
            config.persist();
        }
        audit.record(organisationId, actorId, "sso.settings", "organisation", organisationId.toString(),
                "enabled=" + config.enabled + " issuer=" + config.issuer + " passwordsAllowed="
                        + config.passwordsAllowed + (secretGiven ? " secret=changed" : ""));
        return get(organisationId).orElseThrow();
    }

    /** The provider of an active organisation with single sign-on switched on, by its slug. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Tenant> tenant(String slug) {
        Optional<OrganisationRef> organisation = org.organisationBySlug(slug).filter(OrganisationRef::active);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        SsoConfig c = SsoConfig.findById(organisation.get().id());
        if (c == null || !c.enabled || c.clientSecretEncrypted == null) {
            return Optional.empty();
        }
        return Optional.of(new Tenant(c.organisationId, organisation.get().slug(), organisation.get().name(),
                c.version, c.issuer, c.clientId, box.decrypt(c.clientSecretEncrypted), c.emailClaim));
    }

    /** The organisation with single sign-on that the login page should offer: by slug, else by e-mail domain. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<OrganisationRef> discover(String slug, String email) {
        if (slug != null && !slug.isBlank()) {
            return tenant(slug.strip()).flatMap(t -> org.organisation(t.organisationId()));
        }
        if (email == null || !email.contains("@")) {
            return Optional.empty();
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        for (SsoConfig c : SsoConfig.<SsoConfig>list("enabled = true")) {
            if (domains(c.domains).contains(domain)) {
                return org.organisation(c.organisationId).filter(OrganisationRef::active)
                        .filter(o -> c.clientSecretEncrypted != null);
            }
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<String> slugOf(UUID organisationId) {
        return org.organisation(organisationId).map(OrganisationRef::slug);
    }

    private static List<String> domains(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }

    static boolean validIssuer(String issuer) {
        try {
            URI uri = URI.create(issuer);
            String host = uri.getHost();
            return host != null && ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme())
                    && ("localhost".equals(host) || host.startsWith("127."))));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
