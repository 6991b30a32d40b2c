package dk.pejling.reports;

import dk.pejling.common.AuditLog;
import dk.pejling.common.CurrentUser;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.common.Role;
import dk.pejling.reports.ReportApi.Relation;
import dk.pejling.reports.ResultQueries.SubjectRow;
import dk.pejling.rounds.RoundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may read a leader's report, guide and plan: the leader; the manager fixed at launch (or whom an admin handed
 * the report over to) when the round shares reports with managers; HR when the round shares them with HR. The rule
 * is written once, in {@link ResultQueries#RELATION}. Everyone else gets 404, and the refusal is audited. Reports
 * open when the round is closed and its results are counted.
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

    /** A report's subject as seen by a caller allowed to read it, and why they may. */
    public record Subject(SubjectRow row, Relation relation, Caller caller) {

        public UUID organisationId() {
            return caller.organisationId();
        }

        public UUID roundId() {
            return row.roundId();
        }

        public UUID evalueeId() {
            return row.evalueeId();
        }

        public UUID leaderId() {
            return row.leaderId();
        }

        public String leaderName() {
            return row.leaderName();
        }

        public String roundName() {
            return row.roundName();
        }

        public UUID frameworkVersionId() {
            return row.frameworkVersionId();
        }

        public boolean closed() {
            return row.status() == RoundStatus.CLOSED;
        }

        /** Whether the closed round has been counted, so that its report can be read. */
        public boolean counted() {
            return closed() && row.ready();
        }

        /** The manager who reads the report as manager; null when the round does not share it with managers. */
        public UUID reportManagerId() {
            return row.reportManagerId();
        }

        /** The name of that manager; null as above. */
        public String reportManagerName() {
            return row.reportManagerName();
        }
    }

    /** Who is told that a report is ready: the leader, and the manager who reads it when the round allows. */
    public record Recipients(UUID organisationId, UUID roundId, String roundName, int k, UUID leaderId,
            String leaderName, UUID managerId) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("da")).withZone(ZoneId.of("Europe/Copenhagen"));

    private final ResultQueries queries;
    private final AuditLog audit;

    ReportAccess(ResultQueries queries, AuditLog audit) {
        this.queries = queries;
        this.audit = audit;
    }

    /** Per leader of a round: whom to tell that the report is ready. */
    public List<Recipients> recipients(UUID roundId) {
        return queries.recipients(roundId).stream().map(r -> new Recipients(r.organisationId(), roundId, r.roundName(),
                r.k(), r.leaderId(), r.leaderName(), r.managerId())).toList();
    }

    /** The subject if the caller may read it, whether or not the round is closed yet; else empty. */
    public Optional<Subject> find(Caller caller, UUID roundId, UUID leaderId) {
        return queries.subject(caller.organisationId(), roundId, leaderId, caller.personId(), caller.hr())
                .filter(s -> s.relation() != null)
                .map(s -> new Subject(s, Relation.valueOf(s.relation()), caller));
    }

    /** The subject of a counted round's report, or 404 (not the caller's to read, audited) or 409 saying why not yet. */
    public Subject require(Caller caller, UUID roundId, UUID leaderId, String what) {
        Subject access = find(caller, roundId, leaderId).orElseThrow(() -> {
            audit.record(caller.organisationId(), caller.personId(), "access.denied", what,
                    roundId + "/" + leaderId, null);
            return ProblemException.notFound("No such report that you may read.");
        });
        if (!access.closed()) {
            throw new ProblemException(ProblemType.REPORT_NOT_OPEN, "The report opens when the round closes, "
                    + WHEN.format(access.row().closesAt()) + " (" + access.row().closesAt() + ").");
        }
        if (!access.row().ready()) {
            throw new ProblemException(ProblemType.REPORT_NOT_READY,
                    "The round has closed and its answers are being counted; try again in a minute.");
        }
        return access;
    }
}
