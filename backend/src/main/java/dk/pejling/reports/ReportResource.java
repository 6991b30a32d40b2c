package dk.pejling.reports;

import dk.pejling.auth.CurrentUser;
import dk.pejling.auth.Role;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportApi.LeaderReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    private final ReportPdf pdf;
    private final ExportThrottle throttle;
    private final CurrentUser caller;

    ReportResource(ReportService reports, ReportPdf pdf, ExportThrottle throttle, CurrentUser caller) {
        this.reports = reports;
        this.pdf = pdf;
        this.throttle = throttle;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getReport", summary = "A leader's report for a closed round (R1-R8)")
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponseSchema(LeaderReport.class)
    public LeaderReport report(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        return reports.report(Caller.of(caller), id, leaderId);
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getReportPdf", summary = "The report and the conversation guide as an A4 PDF in Danish "
            + "for the LUS (R9)")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponse(responseCode = "429", description = "Too many exports in a short time; retry after the seconds in "
            + "Retry-After")
    public Response pdf(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        throttle.acquire(caller.personId());
        ReportPdf.Document document = pdf.render(Caller.of(caller), id, leaderId);
        return Response.ok(document.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"").build();
    }
}
