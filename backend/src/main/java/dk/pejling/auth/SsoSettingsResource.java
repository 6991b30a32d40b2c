package dk.pejling.auth;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's single sign-on, set by its admin. The client secret goes in and never comes out. */
@Path("/api/auth/sso-settings")
@Tag(name = "Auth")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ADMIN)
public class SsoSettingsResource {

    @Schema(name = "SsoSettings", description = "`configured` false: no single sign-on has been set up yet")
    public record SettingsDto(boolean configured, boolean enabled, String issuer, String clientId,
            boolean clientSecretSet, @NotNull String emailClaim, boolean passwordsAllowed,
            @NotNull List<String> domains, @NotNull @Schema(description = "The provider's redirect URI to register, "
                    + "relative to PEJLING_BASE_URL") String redirectPath) {
    }

    @Schema(name = "SsoSettingsInput")
    public record SettingsInput(boolean enabled,
            @NotBlank @Size(max = 500) @Schema(
                    examples = "https://login.microsoftonline.com/<tenant-id>/v2.0") String issuer,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*") String clientId,
            @Size(max = 1000) @Pattern(regexp = "[^\\p{Cntrl}]*") @Schema(
                    description = "Leave out (or null) to keep the stored secret") String clientSecret,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_:.\\-]*") @Schema(defaultValue = "email") String emailClaim,
            boolean passwordsAllowed,
            @Size(max = 20) @Schema(
                    description = "E-mail domains the login page sends to this provider") List<@NotBlank @Size(
                            max = 100) String> domains) {
    }

    private final SsoSettings settings;
    private final CurrentUser caller;

    SsoSettingsResource(SsoSettings settings, CurrentUser caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getSsoSettings", summary = "The organisation's single sign-on (never the secret)")
    public SettingsDto get() {
        return settings.get(caller.organisationId()).map(s -> dto(true, s))
                .orElse(new SettingsDto(false, false, null, null, false, "email", true, List.of(), redirect()));
    }

    @PUT
    @Operation(operationId = "saveSsoSettings", summary = "Set up or change single sign-on",
            description = "A client secret is required the first time; leave it out later to keep it. 409 when a "
                    + "domain belongs to another organisation.")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SettingsDto.class)))
    @APIResponse(responseCode = "409", description = "A domain belongs to another organisation",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public SettingsDto save(@NotNull @Valid SettingsInput input) {
        SsoSettings.Settings saved = settings.save(caller.organisationId(), caller.personId(),
                new SsoSettings.Input(input.enabled(), input.issuer(), input.clientId(), input.clientSecret(),
                        input.emailClaim(), input.passwordsAllowed(), input.domains()));
        return dto(true, saved);
    }

    private SettingsDto dto(boolean configured, SsoSettings.Settings s) {
        return new SettingsDto(configured, s.enabled(), s.issuer(), s.clientId(), s.clientSecretSet(), s.emailClaim(),
                s.passwordsAllowed(), s.domains(), redirect());
    }

    private String redirect() {
        return settings.slugOf(caller.organisationId()).map(slug -> SsoTenants.BASE + slug + "/callback")
                .orElse("");
    }
}
