package dk.pejling.auth;

import dk.pejling.common.ClientAddress;
import dk.pejling.common.CurrentUser;
import dk.pejling.common.Language;
import dk.pejling.common.Problem;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemMappers;
import dk.pejling.common.ProblemType;
import dk.pejling.common.RateLimiter;
import dk.pejling.common.Role;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login with a local account, and who the caller is. */
@Path("/api")
@Tag(name = "Auth")
public class AuthResource {

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @NotBlank @Size(max = 320) @Schema(examples = "hr@demo.pejling.dk") String email,
            @NotBlank @Size(max = 200) @Schema(examples = "demo1234") String password) {
    }

    @Schema(name = "OrganisationSummary")
    public record OrganisationSummary(@NotNull UUID id, @NotNull String name) {
    }

    @Schema(name = "CurrentUser", description = "The signed-in user. `id` is the person id used in URLs; for an "
            + "operator (`operator: true`, no organisation, no roles) it is the login's id.")
    public record CurrentUserDto(@NotNull UUID id, @NotNull String name, @NotNull String email,
            @Schema(description = "The user's organisation; null for an operator") OrganisationSummary organisation,
            @NotNull List<Role> roles, boolean operator) {

        static CurrentUserDto of(AuthService.User user) {
            return new CurrentUserDto(user.id(), user.name(), user.email(),
                    user.organisation() == null ? null
                            : new OrganisationSummary(user.organisation().id(), user.organisation().name()),
                    user.roles().stream().sorted().toList(), user.operator());
        }
    }

    @Schema(name = "SetPasswordRequest")
    public record SetPasswordRequest(
            @NotBlank @Size(max = 200) @Schema(description = "The token from the link's fragment") String token,
            @NotBlank @Size(max = 1024) @Schema(description = "At least 12 characters, at most 256") String password) {
    }

    @Schema(name = "PasswordResetRequest")
    public record PasswordResetRequest(@NotBlank @Size(max = 320) @Schema(examples = "hr@kommune.dk") String email) {
    }

    @Schema(name = "Accepted")
    public record Accepted(@NotNull String message) {
    }

    @Schema(name = "LoginResponse")
    public record LoginResponse(
            @NotNull @Schema(description = "A bearer token for the Authorization header") String token,
            @NotNull Instant expiresAt, @NotNull CurrentUserDto user) {
    }

    private final AuthService auth;
    private final CurrentUser caller;
    private final LoginThrottle throttle;
    private final PasswordLinks links;
    private final AccountMails mails;
    private final RateLimiter limiter;

    AuthResource(AuthService auth, CurrentUser caller, LoginThrottle throttle, PasswordLinks links, AccountMails mails,
            RateLimiter limiter) {
        this.auth = auth;
        this.caller = caller;
        this.throttle = throttle;
        this.links = links;
        this.mails = mails;
        this.limiter = limiter;
    }

    @POST
    @Path("/auth/password")
    @PermitAll
    @Operation(operationId = "setPassword", summary = "Choose a password with the token of a welcome or reset link",
            description = "The link is `<base-url>/adgangskode#<token>`: single use, 7 days (welcome) or 1 hour "
                    + "(reset). Setting the password ends every session of the login. An unknown, used or expired "
                    + "token gets the same 400 `invalid-link`; a password that breaks a rule gets 400 `validation` "
                    + "naming `password`.")
    @APIResponse(responseCode = "204", description = "The password is set; log in with it")
    public void setPassword(@NotNull @Valid SetPasswordRequest request, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        limiter.acquire(limiter.limit("password-reset-client"), ClientAddress.of(http));
        links.setPassword(request.token(), request.password(), Language.of(headers).english());
    }

    @POST
    @Path("/auth/password-reset")
    @PermitAll
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a link to choose a new password",
            description = "Always 202 with the same body, whether the e-mail is a login or not; a login that may "
                    + "log in with a password gets a mail with a link valid for 1 hour. Limited per e-mail and per "
                    + "client (429 with Retry-After).")
    @APIResponse(responseCode = "202", description = "Accepted",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "429", description = "Too many requests for this e-mail or from this client",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    public Response requestPasswordReset(@NotNull @Valid PasswordResetRequest request,
            @Context HttpServerRequest http) {
        limiter.acquire(limiter.limit("password-reset-client"), ClientAddress.of(http));
        limiter.acquire(limiter.limit("password-reset-email"), LoginThrottle.account(request.email()));
        mails.queueReset(request.email());
        return Response.accepted(new Accepted("Hvis e-mailen hører til et login, får den en mail med et link."))
                .build();
    }

    @POST
    @Path("/auth/login")
    @PermitAll
    @Operation(operationId = "login", summary = "Log in with e-mail and password",
            description = "A wrong password and an unknown e-mail give the same 401.")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "429", description = "Too many failed logins for this e-mail or from this client; "
            + "retry after the seconds in Retry-After",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Wrong e-mail or password (the same answer for both)",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    public Response login(@NotNull @Valid LoginRequest request, @Context HttpServerRequest http) {
        String client = ClientAddress.of(http);
        Optional<Duration> wait = throttle.retryAfter(request.email(), client);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            return Response.status(429)
                    .header("Retry-After", seconds)
                    .type(ProblemMappers.PROBLEM_JSON)
                    .entity(new Problem(ProblemType.TOO_MANY_REQUESTS.uri(), ProblemType.TOO_MANY_REQUESTS.title(false),
                            429, "Too many failed logins. Try again in " + seconds + " seconds.", "/api/auth/login",
                            null))
                    .build();
        }
        Optional<AuthService.Login> login = auth.login(request.email(), request.password());
        if (login.isEmpty()) {
            throttle.failed(request.email(), client);
            throw new ProblemException(ProblemType.LOGIN_FAILED, "The e-mail or the password is wrong.");
        }
        throttle.succeeded(request.email());
        return Response.ok(new LoginResponse(login.get().token(), login.get().expiresAt(),
                CurrentUserDto.of(login.get().user()))).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({Role.Names.ANY, Role.Names.OPERATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "me", summary = "The signed-in user, their organisation and roles")
    public CurrentUserDto me() {
        return (caller.isOperator() ? auth.operator(caller.personId())
                : auth.user(caller.organisationId(), caller.personId()))
                .map(CurrentUserDto::of)
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED,
                        "The account behind this token no longer exists or is deactivated."));
    }
}
