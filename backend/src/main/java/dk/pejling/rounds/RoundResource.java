package dk.pejling.rounds;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.ProblemException;
import dk.pejling.common.Role;
import dk.pejling.rounds.RoundApi.AddEvaluees;
import dk.pejling.rounds.RoundApi.LaunchSummary;
import dk.pejling.rounds.RoundApi.ProgressDto;
import dk.pejling.rounds.RoundApi.RespondentList;
import dk.pejling.rounds.RoundApi.RoundDto;
import dk.pejling.rounds.RoundApi.RoundInput;
import dk.pejling.rounds.RoundApi.RoundSummary;
import dk.pejling.rounds.RoundService.Actor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

/** Evaluation rounds, run by HR. Launch freezes a round and sends the invitations. */
@Path("/api/rounds")
@Tag(name = "Rounds")
@SecurityRequirement(name = "bearer")
public class RoundResource {

    private final RoundService rounds;
    private final RespondentConfirmations confirmations;
    private final RoundPeers peers;
    private final RoundProgress progress;
    private final CurrentUser caller;

    RoundResource(RoundService rounds, RespondentConfirmations confirmations, RoundPeers peers, RoundProgress progress,
            CurrentUser caller) {
        this.rounds = rounds;
        this.confirmations = confirmations;
        this.peers = peers;
        this.progress = progress;
        this.caller = caller;
    }

    private Actor actor() {
        return new Actor(caller.organisationId(), caller.personId(), caller.has(Role.hr) || caller.has(Role.admin));
    }

    @GET
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "listRounds", summary = "The organisation's rounds, newest first")
    public List<RoundSummary> list() {
        return rounds.list(caller.organisationId());
    }

    @POST
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "createRound", summary = "Create a draft round on a published framework version")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundDto.class)))
    public Response create(@NotNull @Valid RoundInput input, @Context UriInfo uri) {
        RoundDto round = rounds.create(actor(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(round.id().toString()).build()).entity(round).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "getRound", summary = "A round with its leaders, invitation counts and mail status")
    public RoundDto get(@PathParam("id") UUID id) {
        return rounds.get(actor(), id)
                .orElseThrow(() -> ProblemException.notFound("No such round in your organisation."));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "updateRound", summary = "Change a draft round's settings")
    public RoundDto update(@PathParam("id") UUID id, @NotNull @Valid RoundInput input) {
        return rounds.update(actor(), id, input);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "deleteRound", summary = "Delete a draft round")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        rounds.delete(actor(), id);
    }

    @POST
    @Path("/{id}/evaluees")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "addEvaluees", summary = "Add leaders, directly or by unit; their employees come along")
    public RoundDto addEvaluees(@PathParam("id") UUID id, @NotNull @Valid AddEvaluees input) {
        return rounds.addEvaluees(actor(), id, input);
    }

    @DELETE
    @Path("/{id}/evaluees/{leaderId}")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "removeEvaluee", summary = "Take a leader out of a draft round")
    public RoundDto removeEvaluee(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        return rounds.removeEvaluee(actor(), id, leaderId);
    }

    @PUT
    @Path("/{id}/evaluees/{leaderId}/employees")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "setEmployees", summary = "Replace the employees to be asked about a leader")
    public RoundDto setEmployees(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId,
            @NotNull @Valid RespondentList list) {
        return rounds.setEmployees(actor(), id, leaderId, list.personIds());
    }

    @PUT
    @Path("/{id}/evaluees/{leaderId}/peers")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "setPeers", summary = "Replace the leader colleagues to be asked about a leader",
            description = "Every colleague set here is approved. Nobody may be both employee and colleague of the "
                    + "same leader; the leader and the leader's manager cannot be colleagues.")
    public RoundDto setPeers(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId,
            @NotNull @Valid RespondentList list) {
        return peers.set(actor(), id, leaderId, list.personIds());
    }

    @POST
    @Path("/{id}/evaluees/{leaderId}/peers/approval")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "approvePeers", summary = "Approve the colleagues a leader proposed")
    public RoundDto approvePeers(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        return peers.approve(actor(), id, leaderId);
    }

    @POST
    @Path("/{id}/peer-defaults")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "addDefaultPeers", summary = "Give every leader without colleagues the default ones",
            description = "The other leaders with the same manager, whether or not they are in the round.")
    public RoundDto addDefaultPeers(@PathParam("id") UUID id) {
        return peers.defaults(actor(), id);
    }

    @GET
    @Path("/{id}/my-peers/candidates")
    @RolesAllowed(Role.Names.LEADER)
    @Operation(operationId = "peerCandidates", summary = "Leaders the caller may propose as colleagues",
            description = "Leaders of the organisation whose name or e-mail contains `q` (at least 2 characters): name "
                    + "and unit only; never the caller, the caller's manager or the caller's employees in the round. "
                    + "At most 20; none once the round is launched.")
    public List<RoundApi.PeerCandidate> peerCandidates(@PathParam("id") UUID id,
            @QueryParam("q") @NotNull @Size(min = 2, max = 100) String q) {
        return peers.candidates(actor(), id, q);
    }

    @PUT
    @Path("/{id}/my-peers")
    @RolesAllowed(Role.Names.LEADER)
    @Operation(operationId = "proposePeers", summary = "The leader proposes colleagues to be asked about them",
            description = "The proposals replace the leader's earlier ones and wait for HR's approval; colleagues HR "
                    + "has approved stay.")
    public Response proposePeers(@PathParam("id") UUID id, @NotNull @Valid RespondentList list) {
        peers.propose(actor(), id, list.personIds());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/evaluees/{leaderId}/confirm")
    @RolesAllowed({Role.Names.LEADER, Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "confirmRespondents", summary = "The leader confirms who will be asked about them")
    public Response confirm(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        rounds.confirm(actor(), id, leaderId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/confirmation-requests")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "requestConfirmations", summary = "Ask the leaders who have not confirmed their "
            + "respondent lists to do so",
            description = "Each such leader gets a mail with a link to the page where "
                    + "they see and confirm their list. Only for a draft round that asks the leaders to confirm.")
    public RoundApi.ConfirmationRequest requestConfirmations(@PathParam("id") UUID id) {
        return new RoundApi.ConfirmationRequest(confirmations.request(actor(), id));
    }

    @GET
    @Path("/confirmations")
    @RolesAllowed(Role.Names.LEADER)
    @Operation(operationId = "myRespondentLists", summary = "The caller's own respondent lists that draft rounds ask "
            + "them to confirm")
    public List<RoundApi.RespondentConfirmation> myRespondentLists() {
        return confirmations.mine(actor());
    }

    @POST
    @Path("/{id}/launch")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "launchRound", summary = "Freeze the round and send the invitations",
            description = "Thresholds, rater groups, leaders and respondents are frozen. Mails are queued and "
                    + "sent in the background; failures are retried and shown on the round.")
    public LaunchSummary launch(@PathParam("id") UUID id) {
        return rounds.launch(actor(), id);
    }

    @POST
    @Path("/{id}/reminders")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "sendReminders", summary = "Remind everyone who has not answered yet",
            description = "Only the number of reminders is returned, never who they went to.")
    public RoundApi.ReminderResult remind(@PathParam("id") UUID id) {
        return new RoundApi.ReminderResult(rounds.remind(actor(), id));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    @Operation(operationId = "closeRound", summary = "Close an open round now")
    public RoundDto close(@PathParam("id") UUID id) {
        return rounds.close(actor(), id);
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN, Role.Names.LEADER})
    @Operation(operationId = "roundProgress", summary = "Answers so far")
    public ProgressDto progress(@PathParam("id") UUID id) {
        return progress.progress(actor(), id);
    }
}
