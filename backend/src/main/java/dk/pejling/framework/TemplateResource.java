package dk.pejling.framework;

import dk.pejling.common.ProblemException;
import dk.pejling.common.Role;
import dk.pejling.framework.FrameworkApi.TemplateDto;
import dk.pejling.framework.FrameworkApi.TemplateSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The templates a framework can start from. */
@Path("/api/templates")
@Tag(name = "Frameworks")
@SecurityRequirement(name = "bearer")
public class TemplateResource {

    private final TemplateCatalog catalog;

    TemplateResource(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed(Role.Names.ANY)
    @Operation(operationId = "listTemplates", summary = "The templates a framework can be created from")
    public List<TemplateSummary> list() {
        return catalog.all().stream()
                .map(t -> new TemplateSummary(t.key(), t.name(), t.nameEn(), t.description(), t.descriptionEn(),
                        t.values().size(), t.statementCount()))
                .toList();
    }

    @GET
    @Path("/{key}")
    @RolesAllowed(Role.Names.ANY)
    @Operation(operationId = "getTemplate", summary = "A template with its values, statements and dilemmas")
    public TemplateDto get(@PathParam("key") String key) {
        return catalog.find(key)
                .map(t -> new TemplateDto(t.key(), t.name(), t.nameEn(), t.description(), t.descriptionEn(),
                        t.values(), t.dilemmas()))
                .orElseThrow(() -> ProblemException.notFound("No template " + key + "."));
    }
}
