package dk.pejling.reports;

import dk.pejling.common.CurrentUser;
import dk.pejling.common.Role;
import dk.pejling.common.AuditLog;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.reports.ReportApi.Relation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may read a leader's report and plan (S4): the leader; the leader's manager (at launch or now) when the round
 * shares reports with managers; HR when the round shares individual reports with HR. Everyone else gets 404, and
 * the refusal is audited. Reports open only when the round is closed (A4).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportAccess {

    /** Who is asking: from the verified token only. */
    public record Caller(UUID organisationId, UUID personId, boolean hr) {

        public static Caller of(CurrentUser user) {
            return new Caller(user.organisationId(), user.personId(), user.has(Role.hr));
        }
    }

    /** A report's subject as seen by a caller allowed to read it. */
    public record Subject(UUID organisationId, UUID roundId, String roundName, String status, Instant closesAt,
            Instant closedAt, UUID frameworkVersionId, int k, int kStory, boolean includeSelf,
            boolean includeManager, UUID evalueeId, UUID leaderId, String leaderName, UUID unitId, String unitName,
            Relation relation, Caller caller) {

        public boolean closed() {
            return "CLOSED".equals(status);
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("da")).withZone(ZoneId.of("Europe/Copenhagen"));

    private final EntityManager em;
    private final AuditLog audit;

    ReportAccess(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** The subject if the caller may read it, whether or not the round is closed yet; else empty. */
    public Optional<Subject> find(Caller caller, UUID roundId, UUID leaderId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.name, r.status, r.closes_at, r.closed_at, r.framework_version_id, r.k, r.k_story,
                       r.include_self, r.include_manager, e.id, e.leader_id, e.leader_name, e.unit_id, e.unit_name,
                       (e.manager_id = :caller and r.manager_access = 'REPORT')
                         or (p.manager_id = :caller and r.manager_access = 'REPORT'),
                       r.hr_access = 'REPORT'
                from round r
                join round_evaluee e on e.round_id = r.id
                join person p on p.id = e.leader_id
                where r.organisation_id = :org and r.id = :round and e.leader_id = :leader and r.status <> 'DRAFT'
                """).setParameter("org", caller.organisationId()).setParameter("round", roundId)
                .setParameter("leader", leaderId).setParameter("caller", caller.personId()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        Relation relation;
        if (leaderId.equals(caller.personId())) {
            relation = Relation.OWN;
        } else if (Boolean.TRUE.equals(r[15])) {
            relation = Relation.MANAGER;
        } else if (caller.hr() && Boolean.TRUE.equals(r[16])) {
            relation = Relation.HR;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Subject(caller.organisationId(), (UUID) r[0], (String) r[1], (String) r[2],
                instant(r[3]), instant(r[4]), (UUID) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                (Boolean) r[8], (Boolean) r[9], (UUID) r[10], (UUID) r[11], (String) r[12], (UUID) r[13],
                (String) r[14], relation, caller));
    }

    /**
     * The subject of a closed round's report, or 404 (not the caller's to read, audited) or 409 saying when it
     * opens.
     */
    public Subject require(Caller caller, UUID roundId, UUID leaderId, String what) {
        Subject subject = find(caller, roundId, leaderId).orElseThrow(() -> {
            audit.record(caller.organisationId(), caller.personId(), "access.denied", what,
                    roundId + "/" + leaderId, null);
            return ProblemException.notFound("No such report that you may read.");
        });
        if (!subject.closed()) {
            throw new ProblemException(ProblemType.REPORT_NOT_OPEN, "The report opens when the round closes, "
                    + WHEN.format(subject.closesAt()) + " (" + subject.closesAt() + ").");
        }
        return subject;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }
}
