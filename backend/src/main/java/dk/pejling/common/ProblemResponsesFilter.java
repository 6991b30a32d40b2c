package dk.pejling.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares in the OpenAPI document the problem responses every operation can give, so that resources do not
 * repeat them: 400 where input is taken, 401/403 where a token is needed, 404 where a path names an object,
 * 500 everywhere.
 */
public class ProblemResponsesFilter implements OASFilter {

    /**
     * A UUID, a date and an instant have a bounded length; the document says so, so that every string the API takes
     * has a stated bound (the parsers refuse anything longer anyway).
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getMaxLength() == null && schema.getFormat() != null) {
            Integer bound = switch (schema.getFormat()) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 35;
                default -> null;
            };
            if (bound != null) {
                schema.setMaxLength(bound);
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            boolean namesObject = path.getKey().contains("{");
            for (Operation operation : path.getValue().getOperations().values()) {
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                boolean takesInput = operation.getRequestBody() != null || namesObject
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
                if (takesInput) {
                    add(operation, "400", "Invalid input; `errors` names each field");
                }
                if (secured) {
                    add(operation, "401", "Missing, expired or invalid token");
                    add(operation, "403", "The caller's roles do not allow this");
                }
                if (namesObject) {
                    add(operation, "404", "No such object in the caller's organisation");
                }
                add(operation, "500", "Unexpected error; the detail holds an error id, never a stack trace");
            }
        }
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(existing != null && existing.getDescription() != null
                        && !existing.getDescription().equals("Bad Request") ? existing.getDescription() : description)
                .content(OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
