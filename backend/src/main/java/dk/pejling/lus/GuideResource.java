package dk.pejling.lus;

import dk.pejling.common.CurrentUser;
import dk.pejling.lus.LusApi.Guide;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The LUS conversation guide of a leader's report. Readable by whoever may read the report (the leader, the manager
 * and HR per the round's sharing policy); everyone else gets 404.
 */
@Path("/api/rounds/{id}/reports/{leaderId}/guide")
@Tag(name = "LUS")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ANY)
public class GuideResource {

    private final GuideService guides;
    private final CurrentUser caller;

    GuideResource(GuideService guides, CurrentUser caller) {
        this.guides = guides;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getGuide", summary = "The LUS conversation guide built from the report")
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponseSchema(Guide.class)
    public Guide guide(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        return guides.guide(Caller.of(caller), id, leaderId);
    }
}
