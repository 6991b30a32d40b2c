package dk.pejling.lus;

import dk.pejling.common.AuditLog;
import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.lus.LusApi.CommentDto;
import dk.pejling.lus.LusApi.GoalDto;
import dk.pejling.lus.LusApi.GoalInput;
import dk.pejling.lus.LusApi.GoalStatus;
import dk.pejling.lus.LusApi.PlanDto;
import dk.pejling.lus.LusApi.PlanInput;
import dk.pejling.org.OrgLookup;
import dk.pejling.reports.PlanSource;
import dk.pejling.reports.ReportAccess;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportAccess.Subject;
import dk.pejling.reports.ReportApi.PlanGoalView;
import dk.pejling.reports.ReportApi.PlanView;
import dk.pejling.reports.ReportApi.Relation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Development plans (L3): the leader writes the goals, the manager (and HR when the round shares reports with HR)
 * reads and comments. A plan opens with the report, when the round is closed. Saves carry the version they started
 * from, so that a save over someone else's newer one is refused instead of lost.
 */
@ApplicationScoped
@Transactional
public class PlanService implements PlanSource {

    /** Comments per plan: a conversation, not a chat. */
    static final int MAX_COMMENTS = 200;

    /** How long the author may edit or delete a comment: long enough to think again, short enough to be trusted. */
    static final Duration EDIT_WINDOW = Duration.ofHours(24);

    private final EntityManager em;
    private final ReportAccess access;
    private final OrgLookup lookup;
    private final AuditLog audit;
    private final PlanMails mails;
    private final Clock clock = Clock.systemUTC();

    PlanService(EntityManager em, ReportAccess access, OrgLookup lookup, AuditLog audit, PlanMails mails) {
        this.em = em;
        this.access = access;
        this.lookup = lookup;
        this.audit = audit;
        this.mails = mails;
    }

    public PlanDto get(Caller caller, UUID roundId, UUID leaderId) {
        Subject subject = access.require(caller, roundId, leaderId, "plan");
        audit.record(caller.organisationId(), caller.personId(), "plan.view", "plan", roundId + "/" + leaderId,
                subject.relation().name());
        return dto(subject, find(subject.evalueeId()).orElse(null));
    }

    /** The plan of a report already read with access checked (for an export, which is audited by itself). */
    PlanDto planFor(Subject subject) {
        return dto(subject, find(subject.evalueeId()).orElse(null));
    }

    public PlanDto save(Caller caller, UUID roundId, UUID leaderId, PlanInput input) {
        Subject subject = access.require(caller, roundId, leaderId, "plan");
        if (subject.relation() != Relation.OWN) {
            audit.record(caller.organisationId(), caller.personId(), "access.denied", "plan",
                    roundId + "/" + leaderId, "write as " + subject.relation().name());
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the leader writes the development plan; "
                    + "the manager comments on it.");
        }
        Map<UUID, UUID> statementValue = statementValues(subject.frameworkVersionId());
        Set<UUID> valueIds = valueIds(subject.frameworkVersionId());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.goals().size(); i++) {
            GoalInput goal = input.goals().get(i);
            if (goal.dueDate() != null && (goal.dueDate().getYear() < 2000 || goal.dueDate().getYear() > 2100)) {
                errors.add(new FieldError("goals[" + i + "].dueDate", "Vælg en dato mellem år 2000 og 2100."));
            }
            if (goal.valueId() != null && !valueIds.contains(goal.valueId())) {
                errors.add(
                        new FieldError("goals[" + i + "].valueId", "Værdien findes ikke i rundens ledelsesgrundlag."));
            }
            if (goal.statementId() != null && !statementValue.containsKey(goal.statementId())) {
                errors.add(new FieldError("goals[" + i + "].statementId",
                        "Udsagnet findes ikke i rundens ledelsesgrundlag."));
            } else if (goal.statementId() != null && goal.valueId() != null
                    && !goal.valueId().equals(statementValue.get(goal.statementId()))) {
                errors.add(new FieldError("goals[" + i + "].statementId", "Udsagnet hører ikke til den valgte værdi."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Some goals refer to values or statements that are "
                    + "not in the round's framework.", errors);
        }
        DevelopmentPlan plan = lockOrCreate(subject);
        if (plan.version != input.version()) {
            throw new ProblemException(ProblemType.STALE_VERSION, "The plan was saved by someone else since you "
                    + "opened it (version " + plan.version + ", yours " + input.version() + "). Reload it and "
                    + "make your change again.");
        }
        PlanGoal.delete("planId", plan.id);
        int position = 0;
        for (GoalInput input1 : input.goals()) {
            PlanGoal goal = new PlanGoal();
            goal.id = UUID.randomUUID();
            goal.organisationId = subject.organisationId();
            goal.planId = plan.id;
            goal.position = position++;
            goal.title = input1.title().strip();
            goal.statementId = input1.statementId();
            goal.valueId = input1.statementId() != null ? statementValue.get(input1.statementId()) : input1.valueId();
            goal.actions = blankToNull(input1.actions());
            goal.dueDate = input1.dueDate();
            goal.status = input1.status() == null ? GoalStatus.NOT_STARTED : input1.status();
            goal.persist();
        }
        plan.version++;
        plan.updatedAt = clock.instant();
        plan.updatedBy = caller.personId();
        em.flush();
        audit.record(caller.organisationId(), caller.personId(), "plan.save", "plan", roundId + "/" + leaderId,
                input.goals().size() + " goals");
        return dto(subject, plan);
    }

    public PlanDto comment(Caller caller, UUID roundId, UUID leaderId, String text) {
        Subject subject = access.require(caller, roundId, leaderId, "plan");
        DevelopmentPlan plan = lockOrCreate(subject);
        if (PlanComment.count("planId", plan.id) >= MAX_COMMENTS) {
            throw ProblemException.invalid("text", "Planen har nået det største antal kommentarer (" + MAX_COMMENTS
                    + ").");
        }
        PlanComment comment = new PlanComment();
        comment.id = UUID.randomUUID();
        comment.organisationId = subject.organisationId();
        comment.planId = plan.id;
        comment.authorId = caller.personId();
        comment.authorName = lookup.names(caller.organisationId(), List.of(caller.personId()))
                .getOrDefault(caller.personId(), "?");
        comment.authorRole = switch (subject.relation()) {
            case OWN -> "LEADER";
            case MANAGER -> "MANAGER";
            case HR -> "HR";
        };
        comment.text = text.strip();
        comment.createdAt = clock.instant();
        comment.persist();
        em.flush();
        audit.record(caller.organisationId(), caller.personId(), "plan.comment", "plan", roundId + "/" + leaderId,
                subject.relation().name());
        if (subject.relation() != Relation.OWN) {
            mails.commented(subject, comment.authorName);
        }
        return dto(subject, plan);
    }

    /** The author changes a comment while the edit window is open; it is marked as edited. */
    public PlanDto editComment(Caller caller, UUID roundId, UUID leaderId, UUID commentId, String text) {
        Subject subject = access.require(caller, roundId, leaderId, "plan");
        PlanComment comment = ownComment(subject, commentId);
        comment.text = text.strip();
        comment.editedAt = clock.instant();
        em.flush();
        audit.record(caller.organisationId(), caller.personId(), "plan.comment.edit", "plan",
                roundId + "/" + leaderId, commentId.toString());
        return dto(subject, find(subject.evalueeId()).orElse(null));
    }

    /** The author takes a comment back while the edit window is open. */
    public PlanDto deleteComment(Caller caller, UUID roundId, UUID leaderId, UUID commentId) {
        Subject subject = access.require(caller, roundId, leaderId, "plan");
        ownComment(subject, commentId).delete();
        em.flush();
        audit.record(caller.organisationId(), caller.personId(), "plan.comment.delete", "plan",
                roundId + "/" + leaderId, commentId.toString());
        return dto(subject, find(subject.evalueeId()).orElse(null));
    }

    /** The leader tells the manager that the plan is ready to read: a mail with a link, nothing of the plan. */
    public PlanDto share(Caller caller, UUID roundId, UUID leaderId) {
        Subject subject = access.require(caller, roundId, leaderId, "plan");
        if (subject.relation() != Relation.OWN) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the leader shares the development plan.");
        }
        if (subject.reportManagerId() == null) {
            throw new ProblemException(ProblemType.CONFLICT, "No manager reads this leader's report in this round.");
        }
        DevelopmentPlan plan = lockOrCreate(subject);
        if (plan.version == 0) {
            throw ProblemException.invalid("goals", "Skriv og gem planen, før du deler den.");
        }
        plan.sharedAt = clock.instant();
        em.flush();
        mails.shared(subject);
        audit.record(caller.organisationId(), caller.personId(), "plan.share", "plan", roundId + "/" + leaderId, null);
        return dto(subject, plan);
    }

    private PlanComment ownComment(Subject subject, UUID commentId) {
        DevelopmentPlan plan = find(subject.evalueeId())
                .orElseThrow(() -> ProblemException.notFound("No such comment."));
        PlanComment comment = PlanComment.<PlanComment>findByIdOptional(commentId)
                .filter(c -> c.planId.equals(plan.id) && c.authorId.equals(subject.caller().personId()))
                .orElseThrow(() -> ProblemException.notFound("No such comment of yours on this plan."));
        if (!clock.instant().isBefore(comment.createdAt.plus(EDIT_WINDOW))) {
            throw new ProblemException(ProblemType.COMMENT_LOCKED, "A comment can be changed for "
                    + EDIT_WINDOW.toHours() + " hours after it was written.");
        }
        return comment;
    }

    @Override
    public Optional<PlanView> view(UUID organisationId, UUID roundId, String roundName, UUID evalueeId) {
        return find(evalueeId).filter(p -> p.version > 0 && p.organisationId.equals(organisationId))
                .map(p -> new PlanView(roundId, roundName, goals(p).stream()
                        .map(g -> new PlanGoalView(g.title(), g.valueTitle(), g.statementText(), g.actions(),
                                g.dueDate() == null ? null : g.dueDate().toString(), g.status().name()))
                        .toList()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> evalueesWithPlan(Collection<UUID> evalueeIds) {
        if (evalueeIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select p.evalueeId from DevelopmentPlan p where p.evalueeId in :ids "
                + "and p.version > 0", UUID.class).setParameter("ids", evalueeIds).getResultList());
    }

    // ---- helpers ----

    private Optional<DevelopmentPlan> find(UUID evalueeId) {
        return DevelopmentPlan.<DevelopmentPlan>find("evalueeId", evalueeId).firstResultOptional();
    }

    private DevelopmentPlan lockOrCreate(Subject subject) {
        em.createNativeQuery("""
                insert into development_plan (id, organisation_id, round_id, evaluee_id, version)
                values (:id, :org, :round, :evaluee, 0) on conflict (evaluee_id) do nothing
                """).setParameter("id", UUID.randomUUID()).setParameter("org", subject.organisationId())
                .setParameter("round", subject.roundId()).setParameter("evaluee", subject.evalueeId())
                .executeUpdate();
        return DevelopmentPlan.<DevelopmentPlan>find("evalueeId", subject.evalueeId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private Map<UUID, UUID> statementValues(UUID versionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, s.value_id from framework_statement s
                join framework_value v on v.id = s.value_id where v.version_id = :version
                """).setParameter("version", versionId).getResultList();
        Map<UUID, UUID> result = new HashMap<>();
        rows.forEach(r -> result.put((UUID) r[0], (UUID) r[1]));
        return result;
    }

    private Set<UUID> valueIds(UUID versionId) {
        @SuppressWarnings("unchecked")
        List<UUID> values = em.createNativeQuery("select id from framework_value where version_id = :version",
                UUID.class).setParameter("version", versionId).getResultList();
        return new HashSet<>(values);
    }

    private PlanDto dto(Subject subject, DevelopmentPlan plan) {
        boolean own = subject.relation() == Relation.OWN;
        boolean canShare = own && subject.reportManagerId() != null;
        String manager = subject.reportManagerName();
        if (plan == null) {
            return new PlanDto(subject.roundId(), subject.leaderId(), subject.leaderName(), subject.relation(), 0,
                    null, List.of(), List.of(), own, true, null, canShare, manager);
        }
        Instant now = clock.instant();
        UUID me = subject.caller().personId();
        List<CommentDto> comments = PlanComment.<PlanComment>list("planId = ?1 order by createdAt, id", plan.id)
                .stream().map(c -> {
                    Instant until = c.createdAt.plus(EDIT_WINDOW);
                    boolean mine = c.authorId.equals(me) && now.isBefore(until);
                    return new CommentDto(c.id, c.authorName, c.authorRole, c.text, c.createdAt, c.editedAt, mine,
                            mine ? until : null);
                }).toList();
        return new PlanDto(subject.roundId(), subject.leaderId(), subject.leaderName(), subject.relation(),
                plan.version, plan.updatedAt, goals(plan), comments, own, true, plan.sharedAt, canShare, manager);
    }

    private List<GoalDto> goals(DevelopmentPlan plan) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select g.id, g.title, g.value_id, v.title as value_title, g.statement_id, s.text, g.actions,
                       g.due_date, g.status
                from plan_goal g
                left join framework_value v on v.id = g.value_id
                left join framework_statement s on s.id = g.statement_id
                where g.plan_id = :plan order by g.position
                """).setParameter("plan", plan.id).getResultList();
        return rows.stream().map(r -> new GoalDto((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                (UUID) r[4], (String) r[5], (String) r[6], localDate(r[7]), GoalStatus.valueOf((String) r[8])))
                .toList();
    }

    private static java.time.LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
