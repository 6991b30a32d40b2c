package dk.pejling.platform;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.platform.PlatformService.Summary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform operator's organisations. Only the role operator; no organisation's person may use these. */
@Path("/api/organisations")
@Tag(name = "Platform")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.OPERATOR)
public class OrganisationsResource {

    @Schema(name = "Organisation", description = "An organisation as the operator sees it: counts, no people")
    public record OrganisationDto(@NotNull UUID id, @NotNull String slug, @NotNull String name, boolean active,
            @NotNull Instant createdAt, @Schema(description = "Active people") long people,
            @Schema(description = "Rounds, in any state") long rounds) {

        static OrganisationDto of(Summary s) {
            return new OrganisationDto(s.id(), s.slug(), s.name(), s.active(), s.createdAt(), s.people(), s.rounds());
        }
    }

    @Schema(name = "OrganisationInput")
    public record OrganisationInput(
            @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*",
                    message = "must not hold control characters") @Schema(examples = "Vesterby Kommune") String name,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*",
                    message = "must not hold control characters") @Schema(
                            examples = "Camilla Thorsen") String adminName,
            @NotBlank @Size(max = 320) @Email(regexp = "^[^@\\s\"';,<>]+@[^@\\s\"';,<>]+\\.[^@\\s\"';,<>]+$") @Schema(
                    examples = "camilla.thorsen@vesterby.dk") String adminEmail) {
    }

    @Schema(name = "AdminInvitationResult")
    public record AdminInvitationResult(@Schema(description = "Admins sent a new welcome mail") int sent) {
    }

    private final PlatformService platform;
    private final CurrentUser caller;

    OrganisationsResource(PlatformService platform, CurrentUser caller) {
        this.platform = platform;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOrganisations", summary = "Every organisation, with counts of people and rounds")
    public List<OrganisationDto> list() {
        return platform.list().stream().map(OrganisationDto::of).toList();
    }

    @POST
    @Operation(operationId = "createOrganisation", summary = "Create an organisation with its first admin",
            description = "The admin gets a welcome mail with a link to choose a password (7 days). Names are unique "
                    + "ignoring case (409), and the admin's e-mail must not be a login already (409).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OrganisationDto.class)))
    @APIResponse(responseCode = "409", description = "The name or the e-mail is taken",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response create(@NotNull @Valid OrganisationInput input) {
        Summary created = platform.create(caller.personId(), input.name(), input.adminName(), input.adminEmail());
        return Response.status(Response.Status.CREATED).entity(OrganisationDto.of(created)).build();
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(operationId = "deactivateOrganisation", summary = "Deactivate an organisation",
            description = "Its people can no longer log in, from their next request on. Nothing is deleted.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public void deactivate(@PathParam("id") UUID id) {
        platform.deactivate(caller.personId(), id);
    }

    @POST
    @Path("/{id}/admin-invitation")
    @Operation(operationId = "resendAdminInvitation", summary = "Send the organisation's admins their welcome again",
            description = "To every admin who has not chosen a password yet, with a new link; earlier links stop "
                    + "working. 409 when there is none.")
    @APIResponse(responseCode = "200", description = "Sent",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AdminInvitationResult.class)))
    @APIResponse(responseCode = "404", description = "No such active organisation",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "409", description = "Every admin has chosen a password",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public AdminInvitationResult resendAdminInvitation(@PathParam("id") UUID id) {
        return new AdminInvitationResult(platform.resendAdminInvitation(caller.personId(), id));
    }
}
