package dk.pejling.lus;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.lus.LusApi.Guide;
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

    /** The content type of a Word document. */
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final GuideService guides;
    private final GuideDocx docx;
    private final ExportThrottle throttle;
    private final CurrentUser caller;

    GuideResource(GuideService guides, GuideDocx docx, ExportThrottle throttle, CurrentUser caller) {
        this.guides = guides;
        this.docx = docx;
        this.throttle = throttle;
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

    @GET
    @Path("/docx")
    @Produces(DOCX)
    @Operation(operationId = "getGuideDocx", summary = "The conversation guide and the development plan as an "
            + "editable Word document (.docx) in Danish, for notes before and during the LUS")
    @APIResponse(responseCode = "200", description = "The Word document",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponse(responseCode = "429", description = "Too many exports in a short time; retry after the seconds in "
            + "Retry-After")
    public Response docx(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        throttle.acquire(caller.personId());
        GuideDocx.Document document = docx.render(Caller.of(caller), id, leaderId);
        return Response.ok(document.bytes(), DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"").build();
    }
}
