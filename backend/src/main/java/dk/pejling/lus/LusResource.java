package dk.pejling.lus;

import dk.pejling.auth.CurrentUser;
import dk.pejling.lus.LusApi.CommentInput;
import dk.pejling.lus.LusApi.Guide;
import dk.pejling.lus.LusApi.PlanDto;
import dk.pejling.lus.LusApi.PlanInput;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.auth.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The LUS: the conversation guide and the development plan of a leader's report. Readable by whoever may read the
 * report (the leader, the manager and HR per the round's sharing policy); everyone else gets 404.
 */
@Path("/api/rounds/{id}/reports/{leaderId}")
@Tag(name = "LUS")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ANY)
public class LusResource {

    private final GuideService guides;
    private final PlanService plans;
    private final CurrentUser caller;

    LusResource(GuideService guides, PlanService plans, CurrentUser caller) {
        this.guides = guides;
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Path("/guide")
    @Operation(operationId = "getGuide", summary = "The LUS conversation guide built from the report (L1, L2)")
    public Guide guide(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        return guides.guide(Caller.of(caller), id, leaderId);
    }

    @GET
    @Path("/plan")
    @Operation(operationId = "getPlan", summary = "The development plan (L3); version 0 when none is written yet")
    public PlanDto plan(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId) {
        return plans.get(Caller.of(caller), id, leaderId);
    }

    @PUT
    @Path("/plan")
    @Operation(operationId = "savePlan", summary = "The leader saves the plan's goals",
            description = "Only the leader writes. Send the `version` you started from; a newer one on the server "
                    + "answers 409 (stale-version) and nothing is overwritten.")
    public PlanDto save(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId,
            @NotNull @Valid PlanInput input) {
        return plans.save(Caller.of(caller), id, leaderId, input);
    }

    @POST
    @Path("/plan/comments")
    @Operation(operationId = "commentPlan", summary = "Comment on the plan (the manager, the leader, HR per policy)")
    public PlanDto comment(@PathParam("id") UUID id, @PathParam("leaderId") UUID leaderId,
            @NotNull @Valid CommentInput input) {
        return plans.comment(Caller.of(caller), id, leaderId, input.text());
    }
}
