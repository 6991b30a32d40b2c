package dk.pejling.framework;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.ProblemException;
import dk.pejling.common.Role;
import dk.pejling.framework.FrameworkApi.CreateFramework;
import dk.pejling.framework.FrameworkApi.FrameworkDetails;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.FrameworkExport;
import dk.pejling.framework.FrameworkApi.Reorder;
import dk.pejling.framework.FrameworkApi.StatementInput;
import dk.pejling.framework.FrameworkApi.SummaryDto;
import dk.pejling.framework.FrameworkApi.ValueInput;
import dk.pejling.framework.FrameworkService.Actor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Ledelsesgrundlag. A framework in this API is one version of it: `{id}` names a version. Drafts are edited in
 * place; a published version is frozen (changes answer 409), and POST …/versions starts the next draft from it.
 * Every change answers with the whole framework.
 */
@Path("/api/frameworks")
@Tag(name = "Frameworks")
@SecurityRequirement(name = "bearer")
public class FrameworkResource {

    private static final String WRITERS_HR = Role.Names.HR;
    private static final String WRITERS_ADMIN = Role.Names.ADMIN;

    private final FrameworkService frameworks;
    private final DraftContent content;
    private final CurrentUser caller;

    FrameworkResource(FrameworkService frameworks, DraftContent content, CurrentUser caller) {
        this.frameworks = frameworks;
        this.content = content;
        this.caller = caller;
    }

    private Actor actor() {
        return new Actor(caller.organisationId(), caller.personId(), caller.has(Role.hr) || caller.has(Role.admin));
    }

    @GET
    @RolesAllowed(Role.Names.ANY)
    @Operation(operationId = "listFrameworks", summary = "The organisation's framework versions",
            description = "HR and admins see drafts too; leaders and managers see published and archived versions.")
    public List<SummaryDto> list() {
        return frameworks.list(actor());
    }

    @POST
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "createFramework", summary = "Create a draft, empty or from a template")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkDto.class)))
    public Response create(@NotNull @Valid CreateFramework request, @jakarta.ws.rs.core.Context UriInfo uri) {
        FrameworkDto version = request.template() != null
                ? frameworks.createFromTemplate(actor(), request.template(), request.name(), request.description())
                : frameworks.createEmpty(actor(), request.name(), request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(version.id().toString()).build())
                .entity(version).build();
    }

    @POST
    @Path("/import")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "importFramework", summary = "Create a draft from an exported framework file")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkDto.class)))
    public Response importFramework(@NotNull @Valid FrameworkExport file, @jakarta.ws.rs.core.Context UriInfo uri) {
        FrameworkDto version = frameworks.importFramework(actor(), file);
        return Response.created(uri.getBaseUriBuilder().path("api/frameworks").path(version.id().toString()).build())
                .entity(version).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.Names.ANY)
    @Operation(operationId = "getFramework", summary = "A framework version with all values and statements")
    public FrameworkDto get(@PathParam("id") UUID id) {
        return frameworks.get(actor(), id).orElseThrow(() -> ProblemException.notFound(
                "No such framework in your organisation."));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "updateFramework", summary = "Rename a draft or change its description")
    public FrameworkDto update(@PathParam("id") UUID id, @NotNull @Valid FrameworkDetails details) {
        return frameworks.updateDetails(actor(), id, details.name(), details.description());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "deleteFramework", summary = "Delete a draft (published versions are kept)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        frameworks.delete(actor(), id);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "publishFramework", summary = "Publish a draft: it is frozen from then on",
            description = "Needs at least one value and a statement under every value (else 409 naming them). "
                    + "The framework's previously published version is archived.")
    public FrameworkDto publish(@PathParam("id") UUID id) {
        return frameworks.publish(actor(), id);
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "archiveFramework", summary = "Take a published version out of use for new rounds")
    public FrameworkDto archive(@PathParam("id") UUID id) {
        return frameworks.archive(actor(), id);
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "createFrameworkVersion", summary = "Start a new draft from a published version",
            description = "Statements keep their identity until their employee wording changes.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkDto.class)))
    public Response newVersion(@PathParam("id") UUID id, @jakarta.ws.rs.core.Context UriInfo uri) {
        FrameworkDto draft = frameworks.newVersion(actor(), id);
        return Response.created(uri.getBaseUriBuilder().path("api/frameworks").path(draft.id().toString()).build())
                .entity(draft).build();
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "exportFramework", summary = "The framework as a file to share with other organisations")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = FrameworkExport.class)))
    public Response export(@PathParam("id") UUID id) {
        FrameworkExport file = frameworks.export(actor(), id);
        String filename = "ledelsesgrundlag-" + file.name().toLowerCase(java.util.Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".json";
        return Response.ok(file).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    @PUT
    @Path("/{id}/values/order")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "reorderValues", summary = "Put the values in a new order")
    public FrameworkDto reorderValues(@PathParam("id") UUID id, @NotNull @Valid Reorder order) {
        return content.reorderValues(actor(), id, order.ids());
    }

    @POST
    @Path("/{id}/values")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "addValue", summary = "Add a value at the end")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkDto.class)))
    public Response addValue(@PathParam("id") UUID id, @NotNull @Valid ValueInput value) {
        return Response.status(Response.Status.CREATED).entity(content.addValue(actor(), id, value)).build();
    }

    @PUT
    @Path("/{id}/values/{valueId}")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "updateValue", summary = "Change a value's title and description")
    public FrameworkDto updateValue(@PathParam("id") UUID id, @PathParam("valueId") UUID valueId,
            @NotNull @Valid ValueInput value) {
        return content.updateValue(actor(), id, valueId, value);
    }

    @DELETE
    @Path("/{id}/values/{valueId}")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "deleteValue", summary = "Delete a value with its statements")
    public FrameworkDto deleteValue(@PathParam("id") UUID id, @PathParam("valueId") UUID valueId) {
        return content.deleteValue(actor(), id, valueId);
    }

    @PUT
    @Path("/{id}/values/{valueId}/statements/order")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "reorderStatements", summary = "Put a value's statements in a new order")
    public FrameworkDto reorderStatements(@PathParam("id") UUID id, @PathParam("valueId") UUID valueId,
            @NotNull @Valid Reorder order) {
        return content.reorderStatements(actor(), id, valueId, order.ids());
    }

    @POST
    @Path("/{id}/values/{valueId}/statements")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "addStatement", summary = "Add a statement at the end of a value")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkDto.class)))
    public Response addStatement(@PathParam("id") UUID id, @PathParam("valueId") UUID valueId,
            @NotNull @Valid StatementInput statement) {
        return Response.status(Response.Status.CREATED)
                .entity(content.addStatement(actor(), id, valueId, statement)).build();
    }

    @PUT
    @Path("/{id}/values/{valueId}/statements/{statementId}")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "updateStatement", summary = "Reword a statement",
            description = "A new employee wording makes it a new statement (a new identity).")
    public FrameworkDto updateStatement(@PathParam("id") UUID id, @PathParam("valueId") UUID valueId,
            @PathParam("statementId") UUID statementId, @NotNull @Valid StatementInput statement) {
        return content.updateStatement(actor(), id, valueId, statementId, statement);
    }

    @DELETE
    @Path("/{id}/values/{valueId}/statements/{statementId}")
    @RolesAllowed({WRITERS_HR, WRITERS_ADMIN})
    @Operation(operationId = "deleteStatement", summary = "Delete a statement")
    public FrameworkDto deleteStatement(@PathParam("id") UUID id, @PathParam("valueId") UUID valueId,
            @PathParam("statementId") UUID statementId) {
        return content.deleteStatement(actor(), id, valueId, statementId);
    }
}
