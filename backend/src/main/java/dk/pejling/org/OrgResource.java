package dk.pejling.org;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's organisation as HR sees it: its unit tree with head counts, and its people to search. */
@Path("/api/org")
@Tag(name = "Organisation")
@SecurityRequirement(name = "bearer")
public class OrgResource {

    @Schema(name = "UnitSummary", description = "A unit of the organisation; `parentId` is null for the top unit")
    public record UnitSummary(@NotNull UUID id, UUID parentId, @NotNull String name,
            @Schema(description = "Active people placed directly in the unit") long people) {
    }

    @Schema(name = "PersonMatch", description = "An active person of the organisation, found by name or e-mail")
    public record PersonMatch(@NotNull UUID id, @NotNull String name, @NotNull String email, String unitName) {
    }

    private final OrgService org;
    private final OrgLookup lookup;
    private final CurrentUser caller;

    OrgResource(OrgService org, OrgLookup lookup, CurrentUser caller) {
        this.org = org;
        this.lookup = lookup;
        this.caller = caller;
    }

    @GET
    @Path("/people")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "searchPeople", summary = "Active people whose name or e-mail contains `q` (at least 2 "
            + "characters), by name; at most 20")
    public List<PersonMatch> people(@QueryParam("q") @NotNull @Size(min = 2, max = 100) String q) {
        return lookup.search(caller.organisationId(), q, 20).stream()
                .map(p -> new PersonMatch(p.id(), p.name(), p.email(), p.unitName())).toList();
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
