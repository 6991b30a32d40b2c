package dk.pejling.rounds;

import dk.pejling.common.AuditLog;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkService;
import dk.pejling.framework.VersionStatus;
import dk.pejling.org.OrgLookup;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.rounds.RoundApi.AddEvaluees;
import dk.pejling.rounds.RoundApi.EvalueeDto;
import dk.pejling.rounds.RoundApi.GroupCount;
import dk.pejling.rounds.RoundApi.LaunchSummary;
import dk.pejling.rounds.RoundApi.LeaderProgress;
import dk.pejling.rounds.RoundApi.MailStatus;
import dk.pejling.rounds.RoundApi.PersonDto;
import dk.pejling.rounds.RoundApi.ProgressDto;
import dk.pejling.rounds.RoundApi.RoundDto;
import dk.pejling.rounds.RoundApi.RoundInput;
import dk.pejling.rounds.RoundApi.RoundSummary;
import dk.pejling.rounds.RoundApi.UnitProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rounds from draft to closed: settings, evaluees and their respondents, launch (which freezes all of it and creates
 * one invitation per invitee), reminders, closing, progress. Scoped to one organisation.
 */
@ApplicationScoped
@Transactional
public class RoundService {

    /** Who is acting. */
    public record Actor(UUID organisationId, UUID personId, boolean hr) {
    }

    private final FrameworkService frameworks;
    private final OrgService org;
    private final OrgLookup lookup;
    private final AuditLog audit;
    private final SurveyTokens tokens;
    private final jakarta.enterprise.event.Event<RoundClosed> closed;
    private final Clock clock;

    RoundService(FrameworkService frameworks, OrgService org, OrgLookup lookup, AuditLog audit, SurveyTokens tokens,
            jakarta.enterprise.event.Event<RoundClosed> closed) {
        this.closed = closed;
        this.frameworks = frameworks;
        this.org = org;
        this.lookup = lookup;
        this.audit = audit;
        this.tokens = tokens;
        this.clock = Clock.systemUTC();
    }

    // ---- reading ----

    public List<RoundSummary> list(UUID organisationId) {
        List<Round> rounds = Round.list("organisationId = ?1 order by createdAt desc", organisationId);
        return rounds.stream().map(r -> new RoundSummary(r.id, r.name, r.status, r.closesAt, r.createdAt,
                r.launchedAt, r.closedAt, (int) Evaluee.count("roundId", r.id))).toList();
    }

    public Optional<RoundDto> get(Actor actor, UUID id) {
        return find(actor.organisationId(), id).map(this::dto);
    }

    // ---- drafting ----

    public RoundDto create(Actor actor, RoundInput input) {
        Round round = new Round();
        round.id = UUID.randomUUID();
        round.organisationId = actor.organisationId();
        apply(round, input);
        round.persist();
        audit(actor, "round.create", round);
        return dto(round);
    }

    public RoundDto update(Actor actor, UUID id, RoundInput input) {
        Round round = draft(actor, id);
        apply(round, input);
        audit(actor, "round.update", round);
        return dto(round);
    }

    public RoundDto addEvaluees(Actor actor, UUID id, AddEvaluees input) {
        Round round = draft(actor, id);
        Set<UUID> leaders = new LinkedHashSet<>(input.leaderIds() == null ? List.of() : input.leaderIds());
        List<UUID> units = input.unitIds() == null ? List.of() : input.unitIds();
        for (int i = 0; i < units.size(); i++) {
            if (!lookup.unitExists(actor.organisationId(), units.get(i))) {
                throw ProblemException.invalid("unitIds[" + i + "]", "enheden findes ikke");
            }
        }
        lookup.leadersIn(actor.organisationId(), units).forEach(p -> leaders.add(p.id()));
        if (leaders.isEmpty()) {
            throw ProblemException.invalid("leaderIds", "vælg mindst én leder eller en enhed med ledere");
        }
        int index = 0;
        for (UUID leaderId : leaders) {
            String field = "leaderIds[" + index++ + "]";
            PersonRef leader = org.person(actor.organisationId(), leaderId).filter(PersonRef::active)
                    .orElseThrow(() -> ProblemException.invalid(field, "personen findes ikke i organisationen"));
            if (Evaluee.count("roundId = ?1 and leaderId = ?2", round.id, leaderId) > 0) {
                continue;
            }
            Evaluee evaluee = new Evaluee();
            evaluee.id = UUID.randomUUID();
            evaluee.organisationId = round.organisationId;
            evaluee.roundId = round.id;
            evaluee.leaderId = leader.id();
            evaluee.leaderName = leader.name();
            evaluee.unitId = leader.unitId();
            evaluee.unitName = lookup.unitName(round.organisationId, leader.unitId()).orElse(null);
            evaluee.managerId = leader.managerId();
            evaluee.persist();
            for (PersonRef employee : org.directReports(round.organisationId, leader.id())) {
                respondent(evaluee, employee.id(), RaterGroup.EMPLOYEE);
            }
        }
        audit(actor, "round.evaluees", round);
        return dto(round);
    }

    public RoundDto removeEvaluee(Actor actor, UUID id, UUID leaderId) {
        Round round = draft(actor, id);
        evaluee(round, leaderId).delete();
        audit(actor, "round.evaluees", round);
        return dto(round);
    }

    public RoundDto setEmployees(Actor actor, UUID id, UUID leaderId, List<UUID> personIds) {
        Round round = draft(actor, id);
        Evaluee evaluee = evaluee(round, leaderId);
        for (int i = 0; i < personIds.size(); i++) {
            int n = i;
            org.person(actor.organisationId(), personIds.get(i)).filter(PersonRef::active)
                    .orElseThrow(() -> ProblemException.invalid("personIds[" + n + "]", "personen findes ikke i organisationen"));
            if (personIds.get(i).equals(leaderId)) {
                throw ProblemException.invalid("personIds[" + i + "]", "lederen kan ikke evaluere sig selv som medarbejder");
            }
        }
        Respondent.delete("evalueeId = ?1 and raterGroup = ?2", evaluee.id, RaterGroup.EMPLOYEE);
        new LinkedHashSet<>(personIds).forEach(p -> respondent(evaluee, p, RaterGroup.EMPLOYEE));
        evaluee.confirmedAt = null;
        audit(actor, "round.respondents", round);
        return dto(round);
    }

    /** The leader confirms their own respondent list. */
    public RoundDto confirm(Actor actor, UUID id, UUID leaderId) {
        Round round = find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        if (!actor.personId().equals(leaderId) && !actor.hr()) {
            throw notFound();
        }
        if (round.status != RoundStatus.DRAFT) {
            throw ProblemException.conflict("The round is launched; its respondent lists are frozen.");
        }
        evaluee(round, leaderId).confirmedAt = clock.instant();
        return dto(round);
    }

    public void delete(Actor actor, UUID id) {
        Round round = draft(actor, id);
        audit(actor, "round.delete", round);
        round.delete();
    }

    // ---- launch and after ----

    /** Freezes the round and creates one invitation (and one mail to send) per invitee. */
    public LaunchSummary launch(Actor actor, UUID id) {
        Round round = draft(actor, id);
        List<Evaluee> evaluees = Evaluee.list("roundId", round.id);
        if (evaluees.isEmpty()) {
            throw ProblemException.conflict("Add at least one leader before launching.");
        }
        if (!round.closesAt.isAfter(clock.instant())) {
            throw new ProblemException(ProblemType.CONFLICT, "The closing time has passed; set a later one.",
                    List.of(new dk.pejling.common.Problem.FieldError("closesAt", "skal ligge i fremtiden")));
        }
        FrameworkDto framework = frameworks.version(round.organisationId, round.frameworkVersionId).orElseThrow();
        if (framework.status() != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("The round's framework version is no longer published.");
        }
        if (round.confirmRespondents) {
            List<String> unconfirmed = evaluees.stream().filter(e -> e.confirmedAt == null).map(e -> e.leaderName).toList();
            if (!unconfirmed.isEmpty()) {
                throw ProblemException.conflict("Waiting for respondent lists to be confirmed by: "
                        + String.join(", ", unconfirmed) + ".");
            }
        }
        int invitations = 0;
        for (Evaluee evaluee : evaluees) {
            List<Respondent> respondents = Respondent.list("evalueeId", evaluee.id);
            for (Respondent r : respondents) {
                invitations += invite(round, evaluee, r.personId, RaterGroup.EMPLOYEE) ? 1 : 0;
            }
            if (round.includeSelf) {
                invitations += invite(round, evaluee, evaluee.leaderId, RaterGroup.SELF) ? 1 : 0;
            }
            if (round.includeManager && evaluee.managerId != null) {
                invitations += invite(round, evaluee, evaluee.managerId, RaterGroup.MANAGER) ? 1 : 0;
            }
        }
        round.status = RoundStatus.OPEN;
        round.launchedAt = clock.instant();
        audit(actor, "round.launch", round);
        return new LaunchSummary(dto(round), invitations);
    }

    /** Queues a reminder for every invitation not yet used; who they are is never shown. */
    public int remind(Actor actor, UUID id) {
        Round round = find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        if (round.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("Reminders go out only while the round is open.");
        }
        int queued = queueReminders(round);
        audit(actor, "round.remind", round);
        return queued;
    }

    public RoundDto close(Actor actor, UUID id) {
        Round round = find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        if (round.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("Only an open round can be closed; this one is " + round.status + ".");
        }
        closeRound(round);
        audit(actor, "round.close", round);
        return dto(round);
    }

    public ProgressDto progress(Actor actor, UUID id) {
        Round round = find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        if (actor.hr()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Invitation.getEntityManager().createNativeQuery("""
                    select e.unit_name, i.rater_group, count(*), count(*) filter (where i.used)
                    from invitation i join round_evaluee e on e.id = i.evaluee_id
                    where i.round_id = :round
                    group by e.unit_name, i.rater_group
                    order by e.unit_name, i.rater_group
                    """).setParameter("round", round.id).getResultList();
            List<UnitProgress> units = rows.stream().map(r -> new UnitProgress((String) r[0],
                    RaterGroup.valueOf((String) r[1]), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                    .toList();
            return new ProgressDto(round.id, round.status, units, null);
        }
        Evaluee own = Evaluee.<Evaluee>find("roundId = ?1 and leaderId = ?2", round.id, actor.personId())
                .firstResultOptional().orElseThrow(RoundService::notFound);
        long invited = Invitation.count("evalueeId = ?1 and raterGroup = ?2", own.id, RaterGroup.EMPLOYEE);
        long submitted = Invitation.count("evalueeId = ?1 and raterGroup = ?2 and used = true", own.id,
                RaterGroup.EMPLOYEE);
        boolean reached = submitted >= round.k && invited > 0;
        Integer rate = reached ? (int) (Math.round(submitted * 10.0 / invited) * 10) : null;
        return new ProgressDto(round.id, round.status, List.of(), new LeaderProgress(reached, rate));
    }

    // ---- for the scheduler ----

    /** Closes every open round whose closing time has passed. */
    public int closeDue() {
        List<Round> due = Round.list("status = ?1 and closesAt <= ?2", RoundStatus.OPEN, clock.instant());
        due.forEach(this::closeRound);
        return due.size();
    }

    /** Queues the automatic reminder of every open round that is within its reminder days of closing. */
    public int remindDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (Round round : Round.<Round>list("status = ?1 and autoReminderSentAt is null and reminderDaysBefore > 0",
                RoundStatus.OPEN)) {
            if (!now.isBefore(round.closesAt.minus(Duration.ofDays(round.reminderDaysBefore)))) {
                queued += queueReminders(round);
                round.autoReminderSentAt = now;
            }
        }
        return queued;
    }

    // ---- helpers ----

    private void closeRound(Round round) {
        round.status = RoundStatus.CLOSED;
        round.closedAt = clock.instant();
        closed.fire(new RoundClosed(round.organisationId, round.id));
        // Drafts are kept only while the round is open.
        Invitation.update("draft = null where roundId = ?1 and draft is not null", round.id);
        MailOutbox.update("status = ?1, lastError = ?2 where roundId = ?3 and status = ?4", MailOutbox.Status.FAILED,
                "Runden blev lukket, før mailen kunne sendes", round.id, MailOutbox.Status.PENDING);
    }

    private int queueReminders(Round round) {
        List<UUID> open = Invitation.<Invitation>list("roundId = ?1 and used = false and email is not null", round.id)
                .stream().map(i -> i.id).toList();
        for (UUID invitationId : open) {
            outbox(round, invitationId, MailOutbox.Kind.REMINDER);
        }
        return open.size();
    }

    private boolean invite(Round round, Evaluee evaluee, UUID personId, RaterGroup group) {
        Optional<PersonRef> person = org.person(round.organisationId, personId).filter(PersonRef::active);
        if (person.isEmpty()) {
            return false;
        }
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.organisationId = round.organisationId;
        invitation.roundId = round.id;
        invitation.evalueeId = evaluee.id;
        invitation.raterGroup = group;
        invitation.personId = personId;
        invitation.name = person.get().name();
        invitation.email = person.get().email();
        invitation.tokenHash = SurveyTokens.hash(tokens.tokenFor(invitation.id));
        invitation.persist();
        outbox(round, invitation.id, MailOutbox.Kind.INVITATION);
        return true;
    }

    private static void outbox(Round round, UUID invitationId, MailOutbox.Kind kind) {
        MailOutbox mail = new MailOutbox();
        mail.id = UUID.randomUUID();
        mail.organisationId = round.organisationId;
        mail.roundId = round.id;
        mail.invitationId = invitationId;
        mail.kind = kind;
        mail.persist();
    }

    private static void respondent(Evaluee evaluee, UUID personId, RaterGroup group) {
        Respondent r = new Respondent();
        r.id = UUID.randomUUID();
        r.organisationId = evaluee.organisationId;
        r.evalueeId = evaluee.id;
        r.personId = personId;
        r.raterGroup = group;
        r.persist();
    }

    private void apply(Round round, RoundInput in) {
        FrameworkDto framework = frameworks.version(round.organisationId, in.frameworkVersionId())
                .orElseThrow(() -> ProblemException.invalid("frameworkVersionId", "ledelsesgrundlaget findes ikke"));
        if (framework.status() != VersionStatus.PUBLISHED) {
            throw ProblemException.invalid("frameworkVersionId", "kun en offentliggjort version kan bruges i en runde");
        }
        int k = in.k() == null ? 5 : in.k();
        int kStory = in.kStory() == null ? k : in.kStory();
        if (kStory < k) {
            throw ProblemException.invalid("kStory", "må ikke være mindre end k (" + k + ")");
        }
        if (!in.closesAt().isAfter(clock.instant())) {
            throw ProblemException.invalid("closesAt", "skal ligge i fremtiden");
        }
        round.frameworkVersionId = in.frameworkVersionId();
        round.name = in.name().strip();
        round.closesAt = in.closesAt();
        round.k = k;
        round.kStory = kStory;
        round.includeSelf = in.includeSelf() == null || in.includeSelf();
        round.includeManager = in.includeManager() == null || in.includeManager();
        round.managerAccess = in.managerAccess() == null ? Access.REPORT : in.managerAccess();
        round.hrAccess = in.hrAccess() == null ? Access.NONE : in.hrAccess();
        round.retentionMonths = in.retentionMonths() == null ? 24 : in.retentionMonths();
        round.reminderDaysBefore = in.reminderDaysBefore() == null ? 3 : in.reminderDaysBefore();
        round.confirmRespondents = in.confirmRespondents() != null && in.confirmRespondents();
    }

    private RoundDto dto(Round round) {
        String frameworkName = frameworks.version(round.organisationId, round.frameworkVersionId)
                .map(f -> f.name() + " (version " + f.version() + ")").orElse("");
        List<Evaluee> evaluees = Evaluee.list("roundId = ?1 order by leaderName", round.id);
        Map<UUID, List<Respondent>> respondents = evaluees.isEmpty() ? Map.of()
                : Respondent.<Respondent>list("evalueeId in ?1", evaluees.stream().map(e -> e.id).toList()).stream()
                        .collect(Collectors.groupingBy(r -> r.evalueeId));
        // Names, invitation counts and mail status in a handful of grouped queries, however many leaders the round has.
        Map<UUID, String> names = round.status == RoundStatus.DRAFT
                ? lookup.names(round.organisationId, respondents.values().stream().flatMap(List::stream)
                        .map(r -> r.personId).toList())
                : Map.of();
        Map<String, Long> invitedCounts = new java.util.HashMap<>();
        if (round.status != RoundStatus.DRAFT) {
            for (Object[] row : Invitation.getEntityManager().createQuery("""
                    select i.evalueeId, i.raterGroup, count(i) from Invitation i where i.roundId = ?1
                    group by i.evalueeId, i.raterGroup""", Object[].class).setParameter(1, round.id).getResultList()) {
                invitedCounts.put(row[0] + "/" + row[1], (Long) row[2]);
            }
        }
        List<EvalueeDto> dtos = new ArrayList<>();
        for (Evaluee e : evaluees) {
            List<Respondent> planned = respondents.getOrDefault(e.id, List.of());
            List<PersonDto> employees = round.status == RoundStatus.DRAFT
                    ? planned.stream().map(r -> new PersonDto(r.personId, names.getOrDefault(r.personId, "")))
                            .sorted(java.util.Comparator.comparing(PersonDto::name)).toList()
                    : List.of();
            List<GroupCount> invited = new ArrayList<>();
            for (RaterGroup g : RaterGroup.values()) {
                long n = round.status == RoundStatus.DRAFT
                        ? (g == RaterGroup.EMPLOYEE ? planned.size()
                                : g == RaterGroup.SELF ? (round.includeSelf ? 1 : 0)
                                : (round.includeManager && e.managerId != null ? 1 : 0))
                        : invitedCounts.getOrDefault(e.id + "/" + g, 0L);
                invited.add(new GroupCount(g, (int) n));
            }
            dtos.add(new EvalueeDto(e.leaderId, e.leaderName, e.unitName, e.confirmedAt, employees,
                    round.includeSelf, round.includeManager && e.managerId != null, invited));
        }
        Map<MailOutbox.Status, Long> mail = new java.util.EnumMap<>(MailOutbox.Status.class);
        for (Object[] row : MailOutbox.getEntityManager().createQuery(
                "select m.status, count(m) from MailOutbox m where m.roundId = ?1 group by m.status", Object[].class)
                .setParameter(1, round.id).getResultList()) {
            mail.put((MailOutbox.Status) row[0], (Long) row[1]);
        }
        List<String> failedRecipients = Invitation.getEntityManager().createQuery("""
                select distinct i.email from MailOutbox m, Invitation i
                where m.roundId = ?1 and m.status = ?2 and i.id = m.invitationId and i.email is not null
                order by i.email""", String.class)
                .setParameter(1, round.id).setParameter(2, MailOutbox.Status.FAILED).getResultList();
        return new RoundDto(round.id, round.name, round.status, round.frameworkVersionId, frameworkName,
                round.closesAt, round.k, round.kStory, round.includeSelf, round.includeManager, round.managerAccess,
                round.hrAccess, round.retentionMonths, round.reminderDaysBefore, round.confirmRespondents,
                round.createdAt, round.launchedAt, round.closedAt, dtos,
                new MailStatus(mail.getOrDefault(MailOutbox.Status.PENDING, 0L),
                        mail.getOrDefault(MailOutbox.Status.SENT, 0L), mail.getOrDefault(MailOutbox.Status.FAILED, 0L),
                        failedRecipients));
    }

    private Optional<Round> find(UUID organisationId, UUID id) {
        return Round.<Round>findByIdOptional(id).filter(r -> r.organisationId.equals(organisationId));
    }

    private Round draft(Actor actor, UUID id) {
        Round round = find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        Round.getEntityManager().lock(round, LockModeType.PESSIMISTIC_WRITE);
        if (round.status != RoundStatus.DRAFT) {
            throw ProblemException.conflict("The round was launched " + round.launchedAt
                    + "; its settings, leaders and respondents are frozen (A4).");
        }
        return round;
    }

    private static Evaluee evaluee(Round round, UUID leaderId) {
        return Evaluee.<Evaluee>find("roundId = ?1 and leaderId = ?2", round.id, leaderId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("This leader is not in the round."));
    }

    private void audit(Actor actor, String action, Round round) {
        audit.record(actor.organisationId(), actor.personId(), action, "round", round.id.toString(), null);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No such round in your organisation.");
    }
}
