package dk.pejling.auth;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcTenantConfig.TokenStateManager.Strategy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarkus OIDC tenants made at run time from each organisation's settings: the code flow with PKCE, state and nonce,
 * the ID token checked against the provider's JWKS, issuer, audience (the client id) and expiry by Quarkus OIDC.
 * The tenant id carries the settings' version, so a saved change is a new tenant on every replica. Only the SSO
 * callback path resolves a tenant; everything else is Pejling's own bearer token.
 */
@ApplicationScoped
class SsoTenants implements TenantConfigResolver {

    static final String BASE = "/api/auth/sso/";
    private static final Pattern CALLBACK = Pattern.compile("^/api/auth/sso/([a-z0-9-]{1,60})/callback$");

    private final SsoSettings settings;
    private final SecretBox box;

    SsoTenants(SsoSettings settings, SecretBox box) {
        this.settings = settings;
        this.box = box;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        Matcher m = CALLBACK.matcher(context.normalizedPath());
        if (!m.matches()) {
            return Uni.createFrom().nullItem();
        }
        String slug = m.group(1);
        return request.runBlocking(() -> settings.tenant(slug).map(this::config).orElse(null));
    }

    OidcTenantConfig config(SsoSettings.Tenant tenant) {
        return OidcTenantConfig.authServerUrl(tenant.issuer())
                .tenantId("sso-" + tenant.slug() + "-v" + tenant.version())
                .applicationType(ApplicationType.WEB_APP)
                .clientId(tenant.clientId())
                .credentials(tenant.clientSecret())
                .authentication()
                .pkceRequired()
                .nonceRequired()
                .stateSecret(box.stateSecret())
                .scopes("email", "profile")
                .redirectPath(BASE + tenant.slug() + "/callback")
                .removeRedirectParameters(true)
                .restorePathAfterRedirect(false)
                .javaScriptAutoRedirect(false)
                .cookiePath(BASE)
                .errorPath("/login")
                .end()
                .tokenStateManager()
                .strategy(Strategy.ID_TOKEN)
                .encryptionSecret(box.stateSecret())
                .end()
                .build();
    }
}
