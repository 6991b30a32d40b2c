package dk.pejling.meetings;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.ProblemException;
import dk.pejling.common.Role;
import dk.pejling.meetings.MeetingService.Caller;
import dk.pejling.meetings.MeetingsApi.MeetingDto;
import dk.pejling.meetings.MeetingsApi.MeetingInput;
import dk.pejling.meetings.MeetingsApi.MeetingList;
import dk.pejling.meetings.MeetingsApi.SharesInput;
import dk.pejling.meetings.MeetingsApi.Trend;
import dk.pejling.meetings.MeetingsApi.ValueOption;
import dk.pejling.meetings.MeetingsApi.ValueOverview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
 * Meeting evaluations against one value: a leader makes one and shows its link to the participants; the result opens
 * when it closes, to the leader and to those the leader shares it with, once at least k have answered.
 */
@Path("/api/meetings")
@Tag(name = "Meetings")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ANY)
public class MeetingResource {

    private final MeetingService meetings;
    private final CurrentUser caller;

    MeetingResource(MeetingService meetings, CurrentUser caller) {
        this.meetings = meetings;
        this.caller = caller;
    }

    private Caller me() {
        return new Caller(caller.organisationId(), caller.personId());
    }

    @GET
    @Operation(operationId = "listMeetings", summary = "The caller's meeting evaluations and those shared with them")
    @APIResponseSchema(MeetingList.class)
    public MeetingList list() {
        return meetings.list(me());
    }

    @GET
    @Path("/values")
    @RolesAllowed({Role.Names.LEADER, Role.Names.MANAGER})
    @Operation(operationId = "listMeetingValues", summary = "The values a meeting can be evaluated against")
    @APIResponse(responseCode = "200", description = "The values", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ValueOption.class)))
    public List<ValueOption> values() {
        return meetings.values(me());
    }

    @POST
    @RolesAllowed({Role.Names.LEADER, Role.Names.MANAGER})
    @Operation(operationId = "createMeeting", summary = "Make a meeting evaluation against one value",
            description = "Answers are taken through the returned `link` until the leader closes the evaluation, "
                    + "at the latest at the end of the 14th day after the meeting.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = MeetingDto.class)))
    public Response create(@NotNull @Valid MeetingInput input) {
        return Response.status(Response.Status.CREATED).entity(meetings.create(me(), input)).build();
    }

    @GET
    @Path("/trend")
    @RolesAllowed({Role.Names.LEADER, Role.Names.MANAGER})
    @Operation(operationId = "getMeetingTrend", summary = "Each value's results across the caller's meetings")
    @APIResponse(responseCode = "200", description = "One trend per value", content = @Content(
            mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = Trend.class)))
    public List<Trend> trend() {
        return meetings.trend(me());
    }

    @GET
    @Path("/overview")
    @RolesAllowed(Role.Names.HR)
    @Operation(operationId = "getMeetingOverview", summary = "HR: meeting evaluations per value, counts and means",
            description = "Only closed evaluations count; answers and means come from evaluations whose result is "
                    + "shown (at least k answers and k scores), so no figure rests on a small group.")
    @APIResponse(responseCode = "200", description = "One row per value", content = @Content(
            mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ValueOverview.class)))
    public List<ValueOverview> overview() {
        return meetings.overview(me());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "One meeting evaluation (the leader's own, or shared)")
    @APIResponseSchema(MeetingDto.class)
    public MeetingDto get(@PathParam("id") UUID id) {
        return meetings.get(me(), id).orElseThrow(MeetingResource::notFound);
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeMeeting", summary = "Close the evaluation: no more answers, the result opens")
    @APIResponseSchema(MeetingDto.class)
    public MeetingDto close(@PathParam("id") UUID id) {
        return meetings.close(me(), id).orElseThrow(MeetingResource::notFound);
    }

    @POST
    @Path("/{id}/reminder")
    @Operation(operationId = "remindMeeting", summary = "Remind those invited by mail who have not answered yet",
            description = "Once per evaluation, while it takes answers. The mails go out shortly after, each only to "
                    + "an invitee whose personal link is still unused; the answer says when the reminder was sent, "
                    + "never whom or how many it reached. 409 names the reason in `errors[].field`: `byMail` (the "
                    + "evaluation has an open link, no invitations), `open` (it has closed) or `remindedAt` (the "
                    + "reminder has been sent).")
    @APIResponse(responseCode = "200", description = "The evaluation, with `remindedAt`", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = MeetingDto.class)))
    @APIResponse(responseCode = "409", description = "No reminder: `errors[].field` is `byMail`, `open` or "
            + "`remindedAt`",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public MeetingDto remind(@PathParam("id") UUID id) {
        return meetings.remind(me(), id).orElseThrow(MeetingResource::notFound);
    }

    @PUT
    @Path("/{id}/shares")
    @Operation(operationId = "shareMeeting", summary = "Choose who besides the leader may read the result")
    @APIResponseSchema(MeetingDto.class)
    public MeetingDto share(@PathParam("id") UUID id, @NotNull @Valid SharesInput input) {
        return meetings.share(me(), id, input.emails()).orElseThrow(MeetingResource::notFound);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No such meeting evaluation.");
    }
}
