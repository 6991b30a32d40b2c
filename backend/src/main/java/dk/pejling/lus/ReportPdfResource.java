package dk.pejling.lus;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.reports.ExportThrottle;
import dk.pejling.reports.ReportAccess.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The report with its conversation guide as one PDF for the LUS. It lives with the guide, which builds on the report;
 * readable by whoever may read the report.
 */
@Path("/api/rounds/{id}/reports/{leaderId}/pdf")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ANY)
public class ReportPdfResource {

    private final ReportPdf pdf;
    private final ExportThrottle throttle;
    private final CurrentUser caller;

    ReportPdfResource(ReportPdf pdf, ExportThrottle throttle, CurrentUser caller) {
        this.pdf = pdf;
        this.throttle = throttle;
        this.caller = caller;
    }

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "getReportPdf", summary = "The report and the conversation guide as an A4 PDF in Danish "
            + "for the LUS")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
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
