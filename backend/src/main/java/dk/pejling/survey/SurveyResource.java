package dk.pejling.survey;

import dk.pejling.common.LimitedPerClient;
import dk.pejling.survey.SurveyApi.Answers;
import dk.pejling.survey.SurveyApi.Receipt;
import dk.pejling.survey.SurveyApi.SurveyDto;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The survey, without login: the invitation token comes in the X-Survey-Token header (never in a URL) and is never
 * logged. Errors: unknown token 404, closed round 410, already submitted 409.
 */
@Path("/api/survey")
@Tag(name = "Survey")
@PermitAll
@LimitedPerClient("survey")
public class SurveyResource {

    static final String TOKEN = "X-Survey-Token";

    private final SurveyService surveys;
    private final AnswerShape shape;

    SurveyResource(SurveyService surveys, AnswerShape shape) {
        this.surveys = surveys;
        this.shape = shape;
    }

    @GET
    @Operation(operationId = "getSurvey", summary = "The survey for an invitation, with any saved draft")
    @APIResponse(responseCode = "200", description = "The survey",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyDto.class)))
    @APIResponse(responseCode = "404", description = "Unknown token", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "409", description = "Already submitted", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "410", description = "The round has closed", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public SurveyDto get(@Parameter(in = ParameterIn.HEADER, required = true,
            description = "The invitation token") @HeaderParam(TOKEN) String token) {
        return surveys.survey(token);
    }

    @PUT
    @Path("/draft")
    @Operation(operationId = "saveSurveyDraft", summary = "Save unfinished answers (kept until submit or close)")
    @APIResponse(responseCode = "204", description = "Saved")
    public void saveDraft(@Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(TOKEN) String token,
            @NotNull Answers draft) {
        surveys.saveDraft(token, shape.require(draft));
    }

    @POST
    @Path("/submit")
    @Operation(operationId = "submitSurvey", summary = "Submit the answers, once",
            description = "Acknowledged only after the sealed ballot is committed. A second submit with the same token "
                    + "is 409 (problem type already-submitted).")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "409", description = "Already submitted", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "410", description = "The round has closed", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response submit(@Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(TOKEN) String token,
            @NotNull Answers answers) {
        surveys.submit(token, shape.require(answers));
        return Response.status(Response.Status.CREATED)
                .entity(new Receipt(true)).build();
    }
}
