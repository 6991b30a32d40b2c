package dk.pejling.org;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's organisation as HR sees it: its unit tree with head counts. */
@Path("/api/org")
@Tag(name = "Organisation")
@SecurityRequirement(name = "bearer")
public class OrgResource {

    @Schema(name = "UnitSummary", description = "A unit of the organisation; `parentId` is null for the top unit")
    public record UnitSummary(@NotNull UUID id, UUID parentId, @NotNull String name,
            @Schema(description = "Active people placed directly in the unit") long people) {
    }

    private final OrgService org;
    private final CurrentUser caller;

    OrgResource(OrgService org, CurrentUser caller) {
        this.org = org;
        this.caller = caller;
    }

    @GET
    @Path("/units")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "listUnits", summary = "The units of the caller's organisation, parents before children")
    public List<UnitSummary> units() {
        return org.units(caller.organisationId()).stream()
                .map(u -> new UnitSummary(u.id(), u.parentId(), u.name(), u.people()))
                .toList();
    }
}
