package dk.pejling.org;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Language;
import dk.pejling.common.ProblemException;
import dk.pejling.common.Role;
import dk.pejling.org.OrgImportApi.ImportResult;
import dk.pejling.org.OrgImportService.Actor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation import: a CSV file of units, people, reporting lines and roles, previewed or applied. */
@Path("/api/org/import")
@Tag(name = "Organisation")
@SecurityRequirement(name = "bearer")
public class OrgImportResource {

    private final OrgImportService imports;
    private final CurrentUser caller;

    OrgImportResource(OrgImportService imports, CurrentUser caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "importOrganisation", summary = "Import the organisation from CSV, or preview the import",
            description = "The file is the whole organisation (columns in the README: enhed, overordnet enhed, navn, "
                    + "e-mail, leders e-mail, roller). E-mail is the key: a second import updates, moves and "
                    + "reactivates people and deactivates those not in the file. Any bad row → 400 listing every "
                    + "error as `line N: column`, and nothing is imported. `mode=preview` (default) writes nothing; "
                    + "`mode=apply` writes everything in one transaction. At most 16 MB and 60,000 rows.")
    @APIResponse(responseCode = "200", description = "The changes: to be made (preview) or made (apply)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 16 MB",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @RequestBody(required = true, description = "UTF-8 CSV with a header row, `;` or `,` as delimiter",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = 16777216,
                    examples = "enhed;overordnet enhed;navn;e-mail;leders e-mail;roller\n"
                            + "Direktionen;;Mette Kjær;chef@kommune.dk;;manager leader\n")))
    public ImportResult importOrganisation(
            @Parameter(description = "preview (default): what would change · apply: make the changes",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"preview", "apply"},
                            defaultValue = "preview")) @QueryParam("mode") @DefaultValue("preview") String mode,
            byte[] csv, @Context HttpHeaders headers) {
        boolean english = Language.of(headers).english();
        Actor actor = new Actor(caller.organisationId(), caller.personId(), caller.roles());
        byte[] body = csv == null ? new byte[0] : csv;
        return switch (mode) {
            case "preview" -> imports.preview(actor, body, english);
            case "apply" -> imports.apply(actor, body, english);
            default -> throw ProblemException.invalid("mode", ImportMessage.MODE.text(english));
        };
    }
}
