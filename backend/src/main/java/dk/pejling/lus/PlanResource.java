package dk.pejling.lus;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.lus.LusApi.CommentInput;
import dk.pejling.lus.LusApi.PlanDto;
import dk.pejling.lus.LusApi.PlanInput;
import dk.pejling.reports.ReportAccess.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The development plan of a leader's report (L3): the leader writes, the manager comments. Readable by whoever may
 * read the report (the leader, the manager and HR per the round's sharing policy); everyone else gets 404.
 */
@Path("/api/rounds/{id}/reports/{leaderId}/plan")
@Tag(name = "LUS")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ANY)
public class PlanResource {

    private final PlanService plans;
    private final CurrentUser caller;

    PlanResource(PlanService plans, CurrentUser caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getPlan", summary = "The development plan; version 0 when none is written yet")
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponseSchema(PlanDto.class)
    public PlanDto plan(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        return plans.get(Caller.of(caller), id, leaderId);
    }

    @PUT
    @Operation(operationId = "savePlan", summary = "The leader saves the plan's goals",
            description = "Only the leader writes. Send the `version` you started from; a newer one on the server "
                    + "answers 409 (stale-version) and nothing is overwritten.")
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponseSchema(PlanDto.class)
    public PlanDto save(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId,
            @NotNull @Valid PlanInput input) {
        return plans.save(Caller.of(caller), id, leaderId, input);
    }

    @POST
    @Path("/share")
    @Operation(operationId = "sharePlan", summary = "The leader shares the saved plan with the manager",
            description = "The manager who reads the report gets a mail with a link (nothing of the plan itself). "
                    + "Only the leader shares; the plan must have been saved.")
    @APIResponse(responseCode = "409", description = "No manager reads this report, or the round is still open")
    @APIResponseSchema(PlanDto.class)
    public PlanDto share(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        return plans.share(Caller.of(caller), id, leaderId);
    }

    @PUT
    @Path("/comments/{commentId}")
    @Operation(operationId = "editPlanComment", summary = "The author changes a comment, for 24 hours after "
            + "writing it; it is then shown as edited")
    @APIResponse(responseCode = "404", description = "No such comment by the caller")
    @APIResponse(responseCode = "409", description = "The time for changing it is over (problem type comment-locked)")
    @APIResponseSchema(PlanDto.class)
    public PlanDto editComment(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId,
            @PathParam("commentId") UUID commentId, @NotNull @Valid CommentInput input) {
        return plans.editComment(Caller.of(caller), id, leaderId, commentId, input.text());
    }

    @DELETE
    @Path("/comments/{commentId}")
    @Operation(operationId = "deletePlanComment", summary = "The author deletes a comment, for 24 hours after "
            + "writing it")
    @APIResponse(responseCode = "404", description = "No such comment by the caller")
    @APIResponse(responseCode = "409", description = "The time for changing it is over (problem type comment-locked)")
    @APIResponseSchema(PlanDto.class)
    public PlanDto deleteComment(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId,
            @PathParam("commentId") UUID commentId) {
        return plans.deleteComment(Caller.of(caller), id, leaderId, commentId);
    }

    @POST
    @Path("/comments")
    @Operation(operationId = "commentPlan", summary = "Comment on the plan (the manager, the leader, HR per policy)",
            description = "A comment by the manager or HR is told to the leader by a mail with a link.")
    @APIResponse(responseCode = "409", description = "The round is still open: reports open when it closes "
            + "(problem type report-not-open)")
    @APIResponseSchema(PlanDto.class)
    public PlanDto comment(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId,
            @NotNull @Valid CommentInput input) {
        return plans.comment(Caller.of(caller), id, leaderId, input.text());
    }
}
