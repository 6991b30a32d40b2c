package dk.pejling.reports;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportApi.ReportSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reports a person may read, across rounds. */
@Path("/api/reports")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ANY)
public class ReportListResource {

    private final ReportService reports;
    private final CurrentUser caller;

    ReportListResource(ReportService reports, CurrentUser caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listReports", summary = "Reports the caller may read: their own, those of leaders "
            + "who report to them, and (per round policy) HR's; including rounds still open")
    public List<ReportSummary> list() {
        return reports.list(Caller.of(caller));
    }
}
