package dk.pejling.auth;

import dk.pejling.auth.AuthResource.CurrentUserDto;
import dk.pejling.auth.AuthResource.LoginResponse;
import dk.pejling.common.AuditLog;
import dk.pejling.common.ClientAddress;
import dk.pejling.common.Problem;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.common.RateLimiter;
import io.quarkus.oidc.AuthorizationCodeFlow;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Single sign-on through the organisation's own OpenID Connect provider. {@code /login} sends the browser to the
 * callback, which the code flow protects: Quarkus OIDC redirects to the provider (PKCE, state, nonce), takes the
 * code back, checks the ID token, and only then runs {@link #callback}. That hands the SPA a one-time code in the
 * URL's fragment (which browsers never send to a server, so it reaches no server log), traded by POST for Pejling's
 * own token. Any refusal ends on the login page with a reason the SPA words in Danish.
 */
@Path("/api/auth/sso")
@Tag(name = "Auth")
public class SsoResource {

    @Schema(name = "SsoExchangeRequest")
    public record ExchangeRequest(@NotBlank @Size(max = 200) String code) {
    }

    @Schema(name = "SsoOrganisation", description = "An organisation whose people log in through its own provider")
    public record SsoOrganisation(@NotNull String slug, @NotNull String name,
            @NotNull @Schema(description = "Where the browser starts the single sign-on") String loginUrl) {
    }

    private static final Logger LOG = Logger.getLogger(SsoResource.class);

    private final SsoSettings settings;
    private final SsoSignIn signIn;
    private final SecurityIdentity identity;
    private final OidcSession oidcSession;
    private final AuditLog audit;
    private final RateLimiter limiter;

    SsoResource(SsoSettings settings, SsoSignIn signIn, SecurityIdentity identity, OidcSession oidcSession,
            AuditLog audit, RateLimiter limiter) {
        this.settings = settings;
        this.signIn = signIn;
        this.identity = identity;
        this.oidcSession = oidcSession;
        this.audit = audit;
        this.limiter = limiter;
    }

    @GET
    @Path("/{slug}/login")
    @PermitAll
    @Operation(operationId = "ssoLogin", summary = "Start single sign-on for an organisation",
            description = "303 to the code flow when the organisation has single sign-on, else 303 to the login "
                    + "page with `?sso=ukendt`.")
    @APIResponse(responseCode = "303", description = "On to the identity provider, or back to the login page")
    public Response login(@PathParam("slug") String slug) {
        String clean = slug.toLowerCase(Locale.ROOT);
        if (!clean.matches("[a-z0-9-]{1,60}") || settings.tenant(clean).isEmpty()) {
            return back("ukendt");
        }
        return Response.seeOther(URI.create(SsoTenants.BASE + clean + "/callback")).build();
    }

    @GET
    @Path("/{slug}/callback")
    @AuthorizationCodeFlow
    @Authenticated
    @Operation(operationId = "ssoCallback", summary = "The identity provider's return (the code flow's redirect URI)",
            description = "Ends in a 303 to `/login/sso#kode=<one-time code>`, or to `/login?sso=<reason>` "
                    + "(ukendt-bruger, deaktiveret, anden-organisation, ingen-email, fejl).")
    @APIResponse(responseCode = "303", description = "To the SPA, with a one-time code in the fragment or a reason")
    public Response callback(@PathParam("slug") String slug) {
        Optional<SsoSettings.Tenant> tenant = settings.tenant(slug);
        if (tenant.isEmpty() || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return back("fejl");
        }
        Object claim = idToken.getClaim(tenant.get().emailClaim());
        String email = claim == null ? null : claim.toString().replace("\"", "").strip();
        SsoSignIn.Outcome outcome = signIn.signIn(tenant.get(), email);
        // Pejling keeps no session with the provider: the provider's tokens end here.
        oidcSession.logout().await().indefinitely();
        if (outcome.code() == null) {
            return back(switch (outcome.refusal()) {
                case UNKNOWN -> "ukendt-bruger";
                case DEACTIVATED -> "deaktiveret";
                case OTHER_ORGANISATION -> "anden-organisation";
                case NO_EMAIL -> "ingen-email";
            });
        }
        return Response.seeOther(URI.create("/login/sso#kode=" + outcome.code())).build();
    }

    /**
     * Not signed in at the provider yet: the code flow's challenge, a redirect to the provider with the state cookie
     * (the generic 401 problem would end the flow before it starts).
     */
    @ServerExceptionMapper(priority = 1)
    public Uni<Response> challenge(UnauthorizedException e, RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null || !context.normalizedPath().startsWith(SsoTenants.BASE)) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNAUTHORIZED,
                    "A valid bearer token is required."));
        }
        return authenticator.getChallenge(context).map(challenge -> {
            if (challenge == null || challenge.status / 100 != 3) {
                // No provider to send the browser to (no single sign-on for this address): the login page says so,
                // as for every other refusal here, rather than an empty 401.
                return back("fejl");
            }
            Response.ResponseBuilder response = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        }).onFailure().recoverWithItem(failure -> {
            // The organisation's provider cannot be reached or its discovery fails: the login page says so, as for
            // every other refusal here, rather than a 500.
            LOG.warnf("Single sign-on could not start at %s: %s", context.normalizedPath(), failure.toString());
            return back("fejl");
        });
    }

    /** A failed code flow (a token with the wrong issuer, audience or expiry, a replayed state) ends on the page. */
    @ServerExceptionMapper(priority = 1)
    public Response failed(AuthenticationCompletionException e, @Context HttpServerRequest request) {
        return refused(request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response failed(AuthenticationFailedException e, @Context HttpServerRequest request) {
        return refused(request);
    }

    private Response refused(HttpServerRequest request) {
        String path = request == null ? "" : request.path();
        if (path == null || !path.startsWith(SsoTenants.BASE)) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "A valid bearer token is required.");
        }
        String slug = path.substring(SsoTenants.BASE.length()).replaceAll("/.*", "");
        try {
            settings.tenant(slug).ifPresent(t -> audit.record(t.organisationId(), null, "sso.failed",
                    "organisation", t.organisationId().toString(), "the provider's answer did not check out"));
        } catch (RuntimeException ignored) {
            // Auditing must not turn the refusal into an error page.
        }
        return back("fejl");
    }

    @POST
    @Path("/exchange")
    @PermitAll
    @Operation(operationId = "ssoExchange", summary = "Trade the one-time code from a single sign-on for a token",
            description = "The code is single use and valid for a minute; anything else gets 400 `invalid-link`.")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LoginResponse.class)))
    public LoginResponse exchange(@NotNull @Valid ExchangeRequest request, @Context HttpServerRequest http) {
        limiter.acquire(limiter.limit("login-client"), ClientAddress.of(http));
        AuthService.Login login = signIn.exchange(request.code()).orElseThrow(() -> new ProblemException(
                ProblemType.INVALID_LINK, "The code is unknown, used or expired.",
                List.of(new Problem.FieldError("code", "is unknown, used or expired"))));
        return new LoginResponse(login.token(), login.expiresAt(), CurrentUserDto.of(login.user()));
    }

    @GET
    @Path("/discover")
    @PermitAll
    @Operation(operationId = "ssoDiscover", summary = "The organisation to offer single sign-on for on the login page",
            description = "By `slug` (from the login page's address) or by the domain of `email`; 404 when none.")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = SsoOrganisation.class)))
    @APIResponse(responseCode = "404", description = "No organisation with single sign-on matches",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public SsoOrganisation discover(@QueryParam("slug") @Size(max = 60) String slug,
            @QueryParam("email") @Size(max = 320) String email) {
        return settings.discover(slug == null ? null : slug.toLowerCase(Locale.ROOT), email)
                .map(o -> new SsoOrganisation(o.slug(), o.name(), SsoTenants.BASE + o.slug() + "/login"))
                .orElseThrow(() -> ProblemException.notFound("No organisation with single sign-on matches."));
    }

    private static Response back(String reason) {
        return Response.seeOther(URI.create("/login?sso=" + reason)).build();
    }
}
