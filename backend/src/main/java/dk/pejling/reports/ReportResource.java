package dk.pejling.reports;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportApi.LeaderReport;
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
 * Leader reports. Readable by the leader, by the leader's manager when the round shares reports with managers
 * (the default), and by HR only when the round shares individual reports with HR (off by default: HR sees the
 * overview). Everyone else gets 404; reports open when the round closes (409 before).
 */
@Path("/api/rounds/{id}/reports/{leaderId}")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ANY)
public class ReportResource {

    private final ReportService reports;
    private final CurrentUser caller;

    ReportResource(ReportService reports, CurrentUser caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getReport", summary = "A leader's report for a closed round")
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponseSchema(LeaderReport.class)
    public LeaderReport report(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        return reports.report(Caller.of(caller), id, leaderId);
    }
}
