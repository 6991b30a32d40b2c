package dk.pejling.org;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Language;
import dk.pejling.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation as the CSV file to import, to start from. */
@Path("/api/org/export")
@Tag(name = "Organisation")
@SecurityRequirement(name = "bearer")
public class OrgExportResource {

    /** The media type of the file: CSV, with the charset spreadsheets need to be told. */
    static final String CSV = "text/csv";

    private final OrgExport export;
    private final CurrentUser caller;

    OrgExportResource(OrgExport export, CurrentUser caller) {
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "exportOrganisation", summary = "The organisation as the CSV file to import",
            description = "Same columns as `POST /api/org/import` (Danish headers and role words, or English with "
                    + "`Accept-Language: en`), one row per active person and a row for each unit without people, "
                    + "units in tree order. Importing the file unchanged changes nothing. UTF-8 with BOM, `;` between "
                    + "fields; a cell that a spreadsheet would read as a formula starts with an apostrophe, which the "
                    + "import drops again. Recorded in the audit log.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response exportOrganisation(@Context HttpHeaders headers) {
        byte[] file = export.csv(caller.organisationId(), caller.personId(), Language.of(headers).english());
        return Response.ok(file, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organisation.csv\"").build();
    }
}
