package dk.pejling.auth;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's logins as HR and its admins see them: who has chosen a password, and a welcome again. */
@Path("/api/accounts")
@Tag(name = "Auth")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
public class AccountsResource {

    @Schema(name = "Account", description = "A login of the organisation. `passwordSet` false: the person has never "
            + "chosen a password (and has not logged in with one).")
    public record AccountDto(@NotNull UUID personId, @NotNull String name, @NotNull String email,
            @NotNull List<Role> roles, boolean active, boolean passwordSet,
            @Schema(description = "When a welcome mail was last sent") Instant welcomeSentAt) {
    }

    private final AccountAdmin accounts;
    private final CurrentUser caller;

    AccountsResource(AccountAdmin accounts, CurrentUser caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "The organisation's logins, by name")
    public List<AccountDto> list() {
        return accounts.list(caller.organisationId());
    }

    @POST
    @Path("/{personId}/welcome")
    @Operation(operationId = "resendWelcome", summary = "Send the person a new welcome mail with a link",
            description = "The new link makes earlier ones void. 404 for no active login of the organisation, 409 "
                    + "when the organisation logs in only through single sign-on.")
    @APIResponse(responseCode = "204", description = "Queued")
    @APIResponse(responseCode = "404", description = "No active login of the organisation",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "409", description = "The organisation uses single sign-on only",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public void resendWelcome(@PathParam("personId") UUID personId) {
        accounts.resendWelcome(caller.organisationId(), caller.personId(), personId);
    }
}
