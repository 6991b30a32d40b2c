package dk.pejling.rounds;

import dk.pejling.common.Batch;
import dk.pejling.common.Problem.FieldError;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.framework.FrameworkService;
import dk.pejling.framework.VersionStatus;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.org.OrgService.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Launching a round freezes everything its views and access depend on: each leader's name, unit and manager as the
 * organisation has them now (the manager at launch is who reads the report as manager), the unit tree every view of
 * the round groups by, and the invitations. Each invitation gets a ticket — the token's hash, the leader and the rater
 * group — written apart from it and in random order, so that the database does not tie a ticket to a person.
 */
@ApplicationScoped
@Transactional
class RoundLaunch {

    private final FrameworkService frameworks;
    private final OrgService org;
    private final SurveyTokens tokens;
    private final EntityManager em;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    RoundLaunch(FrameworkService frameworks, OrgService org, SurveyTokens tokens, EntityManager em) {
        this.frameworks = frameworks;
        this.org = org;
        this.tokens = tokens;
        this.em = em;
    }

    /** Launches a draft round the caller has locked; returns the number of invitations. */
    int launch(Round round) {
        List<Evaluee> evaluees = Evaluee.list("roundId", round.id);
        if (evaluees.isEmpty()) {
            throw ProblemException.conflict("Add at least one leader before launching.");
        }
        if (!round.closesAt.isAfter(clock.instant())) {
            throw new ProblemException(ProblemType.CONFLICT, "The closing time has passed; set a later one.",
                    List.of(new FieldError("closesAt", "skal ligge i fremtiden")));
        }
        if (frameworks.version(round.organisationId, round.frameworkVersionId).map(f -> f.status())
                .orElse(null) != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("The round's framework version is no longer published.");
        }
        if (round.confirmRespondents) {
            List<String> unconfirmed = evaluees.stream().filter(e -> e.confirmedAt == null).map(e -> e.leaderName)
                    .toList();
            if (!unconfirmed.isEmpty()) {
                throw ProblemException.conflict("Waiting for respondent lists to be confirmed by: "
                        + String.join(", ", unconfirmed) + ".");
            }
        }
        freezeLeaders(round, evaluees);
        freezeUnits(round);
        int invitations = invite(round, evaluees);
        round.status = RoundStatus.OPEN;
        round.launchedAt = clock.instant();
        return invitations;
    }

    /** Each leader as the organisation has them at launch; a leader who left meanwhile stops the launch. */
    private void freezeLeaders(Round round, List<Evaluee> evaluees) {
        Map<UUID, String> unitNames = org.units(round.organisationId).stream()
                .collect(Collectors.toMap(UnitRef::id, UnitRef::name));
        for (Evaluee evaluee : evaluees) {
            PersonRef leader = org.person(round.organisationId, evaluee.leaderId).filter(PersonRef::active)
                    .orElseThrow(() -> ProblemException.conflict(evaluee.leaderName + " is no longer active in the "
                            + "organisation; take them out of the round before launching."));
            evaluee.leaderName = leader.name();
            evaluee.unitId = leader.unitId();
            evaluee.unitName = leader.unitId() == null ? null : unitNames.get(leader.unitId());
            evaluee.managerId = leader.managerId();
            evaluee.reportManagerId = leader.managerId();
        }
    }

    private void freezeUnits(Round round) {
        List<Object[]> rows = new ArrayList<>();
        for (UnitRef unit : org.units(round.organisationId)) {
            rows.add(new Object[] {round.id, unit.id(), round.organisationId, unit.parentId(), unit.name()});
        }
        Batch.run(em, "insert into round_unit (round_id, unit_id, organisation_id, parent_id, name) "
                + "values (?, ?, ?, ?, ?)", rows);
    }

    private int invite(Round round, List<Evaluee> evaluees) {
        List<Object[]> invitations = new ArrayList<>();
        List<Object[]> mails = new ArrayList<>();
        List<Object[]> tickets = new ArrayList<>();
        Map<UUID, List<Respondent>> respondents = Respondent.<Respondent>list("evalueeId in ?1",
                evaluees.stream().map(e -> e.id).toList()).stream().collect(Collectors.groupingBy(r -> r.evalueeId));
        Map<UUID, PersonRef> people = org.people(round.organisationId).stream()
                .collect(Collectors.toMap(PersonRef::id, p -> p));
        Instant now = clock.instant();
        for (Evaluee evaluee : evaluees) {
            List<UUID> employees = respondents.getOrDefault(evaluee.id, List.of()).stream()
                    .filter(r -> r.raterGroup == RaterGroup.EMPLOYEE).map(r -> r.personId).toList();
            for (UUID employee : employees) {
                invite(round, evaluee, people.get(employee), RaterGroup.EMPLOYEE, now, invitations, mails, tickets);
            }
            // Colleagues the leader proposed and HR has not approved are not asked.
            List<UUID> peers = respondents.getOrDefault(evaluee.id, List.of()).stream()
                    .filter(r -> r.raterGroup == RaterGroup.PEER && !r.proposed).map(r -> r.personId).toList();
            for (UUID peer : peers) {
                invite(round, evaluee, people.get(peer), RaterGroup.PEER, now, invitations, mails, tickets);
            }
            if (round.includeSelf) {
                invite(round, evaluee, people.get(evaluee.leaderId), RaterGroup.SELF, now, invitations, mails,
                        tickets);
            }
            if (round.includeManager && evaluee.managerId != null) {
                invite(round, evaluee, people.get(evaluee.managerId), RaterGroup.MANAGER, now, invitations, mails,
                        tickets);
            }
        }
        Batch.run(em,
                "insert into invitation (id, organisation_id, round_id, evaluee_id, rater_group, person_id, name, "
                        + "email) values (?, ?, ?, ?, ?, ?, ?, ?)",
                invitations);
        Batch.run(em, "insert into mail_outbox (id, organisation_id, round_id, invitation_id, status, attempts, "
                + "next_attempt_at) values (?, ?, ?, ?, 'PENDING', 0, ?)", mails);
        // Written after all invitations and in an order of their own, so neither position nor the order of the
        // write-ahead log pairs a ticket with an invitation.
        Collections.shuffle(tickets, random);
        Batch.run(em, "insert into ticket (token_hash, organisation_id, round_id, evaluee_id, rater_group) "
                + "values (?, ?, ?, ?, ?)", tickets);
        return invitations.size();
    }

    private void invite(Round round, Evaluee evaluee, PersonRef person, RaterGroup group, Instant now,
            List<Object[]> invitations, List<Object[]> mails, List<Object[]> tickets) {
        if (person == null || !person.active()) {
            return;
        }
        UUID id = UUID.randomUUID();
        invitations.add(new Object[] {id, round.organisationId, round.id, evaluee.id, group, person.id(),
                person.name(), person.email()});
        mails.add(new Object[] {UUID.randomUUID(), round.organisationId, round.id, id, now});
        tickets.add(new Object[] {SurveyTokens.hash(tokens.tokenFor(id)), round.organisationId, round.id, evaluee.id,
                group});
    }
}
