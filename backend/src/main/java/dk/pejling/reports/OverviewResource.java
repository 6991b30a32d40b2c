package dk.pejling.reports;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.ProblemException;
import dk.pejling.common.Role;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportApi.Overview;
import dk.pejling.reports.ReportApi.QualityReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HR's organisation-wide results of a closed round (O1, O2) and their exports (R9). Never single ballots. */
@Path("/api/rounds/{id}/overview")
@Tag(name = "Overview")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.HR)
public class OverviewResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OverviewService overview;
    private final OverviewExport export;
    private final ExportThrottle throttle;
    private final CurrentUser caller;

    OverviewResource(OverviewService overview, OverviewExport export, ExportThrottle throttle, CurrentUser caller) {
        this.overview = overview;
        this.export = export;
        this.throttle = throttle;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getOverview", summary = "Units x values heatmap, masked so that no small group can be "
            + "singled out; response rates per unit; the organisation's top and bottom statements")
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponseSchema(Overview.class)
    public Overview overview(@PathParam("id") UUID id) {
        return overview.overview(Caller.of(caller), id);
    }

    @GET
    @Path("/statements")
    @Operation(operationId = "getStatementQuality", summary = "Statement quality across the round")
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponseSchema(QualityReport.class)
    public QualityReport statements(@PathParam("id") UUID id) {
        return overview.quality(Caller.of(caller), id);
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", XLSX})
    @Operation(operationId = "exportOverview", summary = "The overview and the statement quality as CSV or XLSX")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponse(responseCode = "429", description = "Too many exports in a short time; retry after the seconds in "
            + "Retry-After")
    public Response export(@PathParam("id") UUID id,
            @Parameter(description = "csv or xlsx", required = true) @QueryParam("format") String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw ProblemException.invalid("format", "Vælg csv eller xlsx.");
        }
        throttle.acquire(caller.personId());
        OverviewExport.File file = export.export(Caller.of(caller), id, format);
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }
}
