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
import dk.pejling.rounds.RoundApi.LaunchSummary;
import dk.pejling.rounds.RoundApi.RoundDto;
import dk.pejling.rounds.RoundApi.RoundInput;
import dk.pejling.rounds.RoundApi.RoundSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rounds from draft to closed: settings, evaluees and their respondents, launch (see {@link RoundLaunch}), reminders,
 * closing, progress. Scoped to one organisation.
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
    private final RoundLaunch launcher;
    private final RoundMapper mapper;
    private final EntityManager em;
    private final Event<RoundClosed> closed;
    private final Clock clock = Clock.systemUTC();

    RoundService(FrameworkService frameworks, OrgService org, OrgLookup lookup, AuditLog audit, RoundLaunch launcher,
            RoundMapper mapper, EntityManager em, Event<RoundClosed> closed) {
        this.frameworks = frameworks;
        this.org = org;
        this.lookup = lookup;
        this.audit = audit;
        this.launcher = launcher;
        this.mapper = mapper;
        this.em = em;
        this.closed = closed;
    }

    // ---- reading ----

    public List<RoundSummary> list(UUID organisationId) {
        List<Round> rounds = Round.list("organisationId = ?1 order by createdAt desc", organisationId);
        return rounds.stream().map(r -> new RoundSummary(r.id, r.name, r.status, r.closesAt, r.createdAt,
                r.launchedAt, r.closedAt, (int) Evaluee.count("roundId", r.id))).toList();
    }

    public Optional<RoundDto> get(Actor actor, UUID id) {
        return find(actor.organisationId(), id).map(mapper::dto);
    }

    // ---- drafting ----

    public RoundDto create(Actor actor, RoundInput input) {
        Round round = new Round();
        round.id = UUID.randomUUID();
        round.organisationId = actor.organisationId();
        apply(round, input);
        round.persist();
        audit(actor, "round.create", round);
        return mapper.dto(round);
    }

    public RoundDto update(Actor actor, UUID id, RoundInput input) {
        Round round = draft(actor, id);
        apply(round, input);
        audit(actor, "round.update", round);
        return mapper.dto(round);
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
        return mapper.dto(round);
    }

    public RoundDto removeEvaluee(Actor actor, UUID id, UUID leaderId) {
        Round round = draft(actor, id);
        evaluee(round, leaderId).delete();
        audit(actor, "round.evaluees", round);
        return mapper.dto(round);
    }

    public RoundDto setEmployees(Actor actor, UUID id, UUID leaderId, List<UUID> personIds) {
        Round round = draft(actor, id);
        Evaluee evaluee = evaluee(round, leaderId);
        for (int i = 0; i < personIds.size(); i++) {
            int n = i;
            org.person(actor.organisationId(), personIds.get(i)).filter(PersonRef::active)
                    .orElseThrow(() -> ProblemException.invalid("personIds[" + n + "]",
                            "personen findes ikke i organisationen"));
            if (personIds.get(i).equals(leaderId)) {
                throw ProblemException.invalid("personIds[" + i + "]",
                        "lederen kan ikke evaluere sig selv som medarbejder");
            }
            if (Respondent.count("evalueeId = ?1 and personId = ?2 and raterGroup = ?3", evaluee.id, personIds.get(i),
                    RaterGroup.PEER) > 0) {
                throw ProblemException.invalid("personIds[" + i + "]",
                        "personen er lederkollega og kan ikke også svare som medarbejder");
            }
        }
        Respondent.delete("evalueeId = ?1 and raterGroup = ?2", evaluee.id, RaterGroup.EMPLOYEE);
        new LinkedHashSet<>(personIds).forEach(p -> respondent(evaluee, p, RaterGroup.EMPLOYEE));
        evaluee.confirmedAt = null;
        audit(actor, "round.respondents", round);
        return mapper.dto(round);
    }

    /** The leader confirms their own respondent list. */
    public RoundDto confirm(Actor actor, UUID id, UUID leaderId) {
        Round round = find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        if (!actor.personId().equals(leaderId) && !actor.hr()) {
            throw notFound();
        }
        if (round.status != RoundStatus.DRAFT) {
            throw new ProblemException(ProblemType.ROUND_FROZEN,
                    "The round is launched; its respondent lists are frozen.");
        }
        evaluee(round, leaderId).confirmedAt = clock.instant();
        return mapper.dto(round);
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
        int invitations = launcher.launch(round);
        audit(actor, "round.launch", round);
        return new LaunchSummary(mapper.dto(round), invitations);
    }

    /** Starts a reminder to everyone who has not answered; returns how many that is, never who. */
    public int remind(Actor actor, UUID id) {
        Round round = find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        if (round.status != RoundStatus.OPEN) {
            throw new ProblemException(ProblemType.ROUND_NOT_OPEN, "Reminders go out only while the round is open.");
        }
        int unanswered = startReminder(round);
        audit(actor, "round.remind", round);
        return unanswered;
    }

    public RoundDto close(Actor actor, UUID id) {
        Round round = find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        Round.getEntityManager().lock(round, LockModeType.PESSIMISTIC_WRITE);
        if (round.status != RoundStatus.OPEN) {
            throw new ProblemException(ProblemType.ROUND_NOT_OPEN,
                    "Only an open round can be closed; this one is " + round.status + ".");
        }
        closeRound(round);
        audit(actor, "round.close", round);
        return mapper.dto(round);
    }

    // ---- for the scheduler: each runs once across replicas, whoever gets the row first ----

    /** Closes every open round whose closing time has passed. */
    public int closeDue() {
        List<Round> due = Round.<Round>find("status = ?1 and closesAt <= ?2", RoundStatus.OPEN, clock.instant())
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", -2).list();
        due.forEach(this::closeRound);
        return due.size();
    }

    /** Starts the automatic reminder of every open round that is within its reminder days of closing. */
    public int remindDue() {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                update round set auto_reminder_sent_at = :now
                where status = 'OPEN' and auto_reminder_sent_at is null and reminder_days_before > 0
                  and closes_at - make_interval(days => reminder_days_before) <= :now
                returning id""", UUID.class).setParameter("now", clock.instant()).getResultList();
        due.forEach(roundId -> startReminder(Round.findById(roundId)));
        return due.size();
    }

    // ---- helpers ----

    private void closeRound(Round round) {
        // Waits for submissions under way (they hold a key-share lock on the round), so none lands after closing.
        em.createNativeQuery("select id from round where id = :id for update").setParameter("id", round.id)
                .getResultList();
        round.status = RoundStatus.CLOSED;
        round.closedAt = clock.instant();
        em.flush();
        // Drafts live only while the round is open; mail not yet sent is cancelled, never listed.
        em.createNativeQuery("update ticket set draft = null where round_id = :round and draft is not null")
                .setParameter("round", round.id).executeUpdate();
        em.createNativeQuery("delete from mail_outbox where round_id = :round and status = 'PENDING'")
                .setParameter("round", round.id).executeUpdate();
        em.createNativeQuery("update reminder_campaign set finished_at = :now where round_id = :round "
                + "and finished_at is null").setParameter("now", round.closedAt).setParameter("round", round.id)
                .executeUpdate();
        closed.fire(new RoundClosed(round.organisationId, round.id));
    }

    private int startReminder(Round round) {
        ReminderCampaign campaign = new ReminderCampaign();
        campaign.id = UUID.randomUUID();
        campaign.organisationId = round.organisationId;
        campaign.roundId = round.id;
        campaign.createdAt = clock.instant();
        campaign.persist();
        return ((Number) em.createNativeQuery("select count(*) from ticket where round_id = :round and not used")
                .setParameter("round", round.id).getSingleResult()).intValue();
    }

    static Respondent respondent(Evaluee evaluee, UUID personId, RaterGroup group) {
        Respondent r = new Respondent();
        r.id = UUID.randomUUID();
        r.organisationId = evaluee.organisationId;
        r.evalueeId = evaluee.id;
        r.personId = personId;
        r.raterGroup = group;
        r.persist();
        return r;
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
        round.kPeer = in.kPeer() == null ? 3 : in.kPeer();
        round.includeSelf = in.includeSelf() == null || in.includeSelf();
        round.includeManager = in.includeManager() == null || in.includeManager();
        round.managerAccess = in.managerAccess() == null ? Access.REPORT : in.managerAccess();
        round.hrAccess = in.hrAccess() == null ? Access.NONE : in.hrAccess();
        round.retentionMonths = in.retentionMonths() == null ? 24 : in.retentionMonths();
        round.reminderDaysBefore = in.reminderDaysBefore() == null ? 3 : in.reminderDaysBefore();
        round.confirmRespondents = in.confirmRespondents() != null && in.confirmRespondents();
    }

    Optional<Round> find(UUID organisationId, UUID id) {
        return Round.<Round>findByIdOptional(id).filter(r -> r.organisationId.equals(organisationId));
    }

    Round draft(Actor actor, UUID id) {
        Round round = find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        Round.getEntityManager().lock(round, LockModeType.PESSIMISTIC_WRITE);
        if (round.status != RoundStatus.DRAFT) {
            throw new ProblemException(ProblemType.ROUND_FROZEN, "The round was launched " + round.launchedAt
                    + "; its settings, leaders and respondents are frozen.");
        }
        return round;
    }

    static Evaluee evaluee(Round round, UUID leaderId) {
        return Evaluee.<Evaluee>find("roundId = ?1 and leaderId = ?2", round.id, leaderId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("This leader is not in the round."));
    }

    void audit(Actor actor, String action, Round round) {
        audit.record(actor.organisationId(), actor.personId(), action, "round", round.id.toString(), null);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No such round in your organisation.");
    }
}
