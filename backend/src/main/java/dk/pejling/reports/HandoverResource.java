package dk.pejling.reports;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.reports.ReportAccess.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An admin hands a leader's report over to another manager (or to none); the leader is told by mail. */
@Path("/api/rounds/{id}/reports/{leaderId}/handover")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ADMIN)
public class HandoverResource {

    @Schema(name = "ReportHandover", description = "Who reads the report as the leader's manager from now on (none "
            + "when absent), and why. Written to the audit log; the leader is told by mail.")
    public record HandoverInput(@Schema(description = "The new reader; absent: no manager reads it") UUID toPersonId,
            @NotBlank @Size(min = 5, max = 500) String reason) {
    }

    private final Handovers handovers;
    private final CurrentUser caller;

    HandoverResource(Handovers handovers, CurrentUser caller) {
        this.handovers = handovers;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "handOverReport", summary = "Hand a leader's report over to another manager",
            description = "Who reads a report as manager is fixed when the round is launched; this is the only way to "
                    + "change it. Audited, and the leader is told by mail.")
    @APIResponseSchema(ReportApi.Readers.class)
    public ReportApi.Readers handOver(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId,
            @NotNull @Valid HandoverInput input) {
        return handovers.handOver(Caller.of(caller), id, leaderId, input.toPersonId(), input.reason().strip());
    }
}
