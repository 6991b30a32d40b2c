package dk.pejling.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The audit trail (docs/security.md, "Audit"): logins, access, report views, HR changes. Written in its own transaction so a record
 * survives the rollback of what it describes. Never called from the survey endpoints.
 */
@ApplicationScoped
public class AuditLog {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID organisationId, UUID actorId, String action, String targetType, String targetId,
            String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.organisationId = organisationId;
        event.actorId = actorId;
        event.action = action;
        event.targetType = targetType;
        event.targetId = bounded(targetId);
        event.detail = bounded(detail);
        event.persist();
    }

    /** The columns hold 500 characters; a longer path or detail (anyone can send a long URL) is cut, not lost. */
    private static String bounded(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    /** A record as the organisation's admin reads it. */
    public record Entry(long id, Instant occurredAt, UUID actorId, String action, String targetType, String targetId,
            String detail) {
    }

    /** The organisation's records, newest first, older than {@code before} (an id) when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Entry> page(UUID organisationId, Long before, int limit) {
        return AuditEvent.<AuditEvent>find("organisationId = ?1 and id < ?2 order by id desc", organisationId,
                before == null ? Long.MAX_VALUE : before)
                .page(0, limit).list().stream()
                .map(e -> new Entry(e.id, e.occurredAt, e.actorId, e.action, e.targetType, e.targetId, e.detail))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(UUID organisationId, String action) {
        return AuditEvent.count("organisationId = ?1 and action = ?2", organisationId, action);
    }
}
