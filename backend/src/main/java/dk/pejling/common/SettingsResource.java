package dk.pejling.common;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public settings the SPA needs before anyone logs in. */
@Path("/api/settings")
@Tag(name = "Settings")
@PermitAll
public class SettingsResource {

    /** What the footer and the privacy page show. */
    @Schema(name = "PublicSettings")
    public record PublicSettings(@NotNull String accessibilityStatementUrl, @NotNull String privacyContactEmail) {
    }

    private final PejlingConfig config;

    SettingsResource(PejlingConfig config) {
        this.config = config;
    }

    @GET
    @Operation(operationId = "settings",
            summary = "Public settings: the accessibility statement URL and the privacy contact")
    public PublicSettings settings() {
        return new PublicSettings(config.site().accessibilityStatementUrl(), config.site().privacyContactEmail());
    }
}
