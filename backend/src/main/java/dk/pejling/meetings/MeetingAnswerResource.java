package dk.pejling.meetings;

import dk.pejling.common.LimitedPerClient;
import dk.pejling.meetings.MeetingsApi.AnswerInput;
import dk.pejling.meetings.MeetingsApi.ParticipantView;
import dk.pejling.meetings.MeetingsApi.Receipt;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
 * A meeting's participants answer without login: the link's token comes in the X-Meeting-Token header (never in a
 * URL) and the browser's own random key in X-Meeting-Browser. Unknown link 404, closed 410, answered 409.
 */
@Path("/api/meeting-answer")
@Tag(name = "Meetings")
@PermitAll
@LimitedPerClient("survey")
public class MeetingAnswerResource {

    static final String TOKEN = "X-Meeting-Token";
    static final String BROWSER = "X-Meeting-Browser";

    private final MeetingAnswers answers;

    MeetingAnswerResource(MeetingAnswers answers) {
        this.answers = answers;
    }

    @GET
    @Operation(operationId = "getMeetingQuestion", summary = "The meeting and its value, for a participant")
    @APIResponse(responseCode = "200", description = "The question", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "404", description = "Unknown link", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "410", description = "The evaluation has closed", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public ParticipantView get(@Parameter(in = ParameterIn.HEADER, required = true,
            description = "The link's token") @HeaderParam(TOKEN) String token) {
        return answers.view(token);
    }

    @POST
    @Operation(operationId = "answerMeeting", summary = "Answer once from this browser")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "409", description = "This browser has answered (problem type already-submitted)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "410", description = "The evaluation has closed", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response answer(@Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(TOKEN) String token,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The browser's own random key "
                    + "(22–100 characters of base64url), for one answer per browser") @HeaderParam(BROWSER) String browser,
            @NotNull @Valid AnswerInput input) {
        answers.answer(token, browser, input);
        return Response.status(Response.Status.CREATED).entity(new Receipt(true)).build();
    }
}
