package dk.pejling.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the one shape of every error Pejling's API returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An error (RFC 9457, application/problem+json)")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem",
                examples = "urn:pejling:problem:validation") String type,
        @Schema(description = "Short, human-readable summary (Danish or English per Accept-Language)") String title,
        @Schema(description = "The HTTP status code") int status,
        @Schema(description = "What went wrong in this occurrence") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "For invalid input: each field that was wrong, and why") List<FieldError> errors) {

    /** One invalid field. {@code field} is the JSON path of the field, e.g. {@code email} or {@code values[2].title}. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
