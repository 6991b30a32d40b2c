package dk.pejling.dialogue;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.ProblemException;
import dk.pejling.common.Role;
import dk.pejling.dialogue.DialogueApi.DialogueDto;
import dk.pejling.dialogue.DialogueApi.DialogueInput;
import dk.pejling.dialogue.DialogueApi.Overview;
import dk.pejling.dialogue.DialogueApi.RecordInput;
import dk.pejling.dialogue.DialogueService.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The leader team's dialogue on one value a month: the manager plans the month, the manager and the leaders who
 * report to them read the guide's questions and write down what they will hold on to, do more of and do less of.
 */
@Path("/api/team-dialogues")
@Tag(name = "Team dialogue")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.Names.LEADER, Role.Names.MANAGER})
public class DialogueResource {

    private final DialogueService dialogues;
    private final CurrentUser caller;

    DialogueResource(DialogueService dialogues, CurrentUser caller) {
        this.dialogues = dialogues;
        this.caller = caller;
    }

    private Caller me() {
        return new Caller(caller.organisationId(), caller.personId());
    }

    @GET
    @Operation(operationId = "listTeamDialogues", summary = "The caller's leader teams and their months")
    @APIResponseSchema(Overview.class)
    public Overview list() {
        return dialogues.overview(me());
    }

    @POST
    @Operation(operationId = "planTeamDialogue", summary = "The manager gives a month one value",
            description = "409 (conflict) when the team already has a value for that month.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DialogueDto.class)))
    public Response plan(@NotNull @Valid DialogueInput input) {
        return Response.status(Response.Status.CREATED).entity(dialogues.plan(me(), input)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTeamDialogue", summary = "One month: questions, dilemmas, record and history")
    @APIResponseSchema(DialogueDto.class)
    public DialogueDto get(@PathParam("id") UUID id) {
        return dialogues.get(me(), id).orElseThrow(DialogueResource::notFound);
    }

    @PUT
    @Path("/{id}/record")
    @Operation(operationId = "saveTeamDialogueRecord", summary = "Write down what the team holds on to, does more "
            + "of and less of",
            description = "Send the `version` you started from; a newer one on the server "
                    + "answers 409 (stale-version) and nothing is overwritten.")
    @APIResponseSchema(DialogueDto.class)
    public DialogueDto record(@PathParam("id") UUID id, @NotNull @Valid RecordInput input) {
        return dialogues.record(me(), id, input).orElseThrow(DialogueResource::notFound);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No such team dialogue.");
    }
}
