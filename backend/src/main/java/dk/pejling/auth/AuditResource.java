package dk.pejling.auth;

import dk.pejling.common.AuditLog;
import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.org.OrgLookup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation's audit log for its admins: who did what, when. The survey endpoints never write to it, so it
 * names no respondent.
 */
@Path("/api/audit")
@Tag(name = "Auth")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.ADMIN)
public class AuditResource {

    @Schema(name = "AuditEntry", description = "`actor` is the person's name; null when no person acted (a failed "
            + "login for an unknown e-mail); `operator` when the platform's operator acted")
    public record AuditEntryDto(long id, @NotNull Instant occurredAt, String actor, boolean operator,
            @NotNull String action, String targetType, String targetId, String detail) {
    }

    private final AuditLog audit;
    private final OrgLookup lookup;
    private final CurrentUser caller;

    AuditResource(AuditLog audit, OrgLookup lookup, CurrentUser caller) {
        this.audit = audit;
        this.lookup = lookup;
        this.caller = caller;
    }

    @GET
    @Transactional
    @Operation(operationId = "listAuditEntries", summary = "The organisation's audit log, newest first",
            description = "Pages of at most `limit` entries; pass the last entry's id as `before` for the next page.")
    public List<AuditEntryDto> list(@QueryParam("before") @Min(1) Long before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        UUID organisationId = caller.organisationId();
        List<AuditLog.Entry> entries = audit.page(organisationId, before, limit);
        Set<UUID> actors = new HashSet<>();
        entries.forEach(e -> {
            if (e.actorId() != null) {
                actors.add(e.actorId());
            }
        });
        Map<UUID, String> names = lookup.names(organisationId, actors);
        Set<UUID> operators = new HashSet<>();
        if (!actors.isEmpty()) {
            Account.<Account>list("operator = true and id in ?1", actors).forEach(a -> operators.add(a.id));
        }
        return entries.stream()
                .map(e -> new AuditEntryDto(e.id(), e.occurredAt(),
                        e.actorId() == null ? null : names.get(e.actorId()), operators.contains(e.actorId()),
                        e.action(), e.targetType(), e.targetId(), e.detail()))
                .toList();
    }
}
