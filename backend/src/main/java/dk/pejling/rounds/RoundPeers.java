package dk.pejling.rounds;

import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.org.OrgLookup;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.PersonRef;
import dk.pejling.rounds.RoundApi.RoundDto;
import dk.pejling.rounds.RoundService.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A leader's colleagues (lederkolleger) as raters of the leader, chosen before launch: by HR (by default the other
 * leaders with the same manager), or proposed by the leader and then approved by HR. Nobody is asked about a leader in
 * two groups, and a leader is never their own colleague. Colleagues answer with the employees' wordings; their
 * figures have their own threshold and are never mixed with the employees' (docs/anonymity.md).
 */
@ApplicationScoped
@Transactional
class RoundPeers {

    private final RoundService rounds;
    private final OrgService org;
    private final OrgLookup lookup;
    private final RoundMapper mapper;

    RoundPeers(RoundService rounds, OrgService org, OrgLookup lookup, RoundMapper mapper) {
        this.rounds = rounds;
        this.org = org;
        this.lookup = lookup;
        this.mapper = mapper;
    }

    /** HR replaces a leader's colleagues; every one of them is approved. */
    RoundDto set(Actor actor, UUID roundId, UUID leaderId, List<UUID> personIds) {
        Round round = rounds.draft(actor, roundId);
        Evaluee evaluee = RoundService.evaluee(round, leaderId);
        check(actor, evaluee, personIds);
        Respondent.delete("evalueeId = ?1 and raterGroup = ?2", evaluee.id, RaterGroup.PEER);
        Respondent.flush();
        new LinkedHashSet<>(personIds).forEach(p -> RoundService.respondent(evaluee, p, RaterGroup.PEER));
        rounds.audit(actor, "round.peers", round);
        return mapper.dto(round);
    }

    /**
     * HR fills the colleague list of every leader of the round who has none: the other active leaders with the same
     * manager (people who lead someone), whether or not they are in the round themselves.
     */
    RoundDto defaults(Actor actor, UUID roundId) {
        Round round = rounds.draft(actor, roundId);
        // The organisation read once: who leads an active person, and the leaders under each manager.
        List<PersonRef> active = org.people(round.organisationId).stream().filter(PersonRef::active).toList();
        Set<UUID> leading = active.stream().map(PersonRef::managerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, List<UUID>> leadersByManager = active.stream()
                .filter(p -> p.managerId() != null && leading.contains(p.id()))
                .collect(Collectors.groupingBy(PersonRef::managerId,
                        Collectors.mapping(PersonRef::id, Collectors.toList())));
        List<Evaluee> evaluees = Evaluee.list("roundId", round.id);
        Map<UUID, List<Respondent>> respondents = Respondent.<Respondent>list("evalueeId in ?1",
                evaluees.stream().map(e -> e.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.evalueeId));
        for (Evaluee evaluee : evaluees) {
            List<Respondent> listed = respondents.getOrDefault(evaluee.id, List.of());
            if (evaluee.managerId == null || listed.stream().anyMatch(r -> r.raterGroup == RaterGroup.PEER)) {
                continue;
            }
            Set<UUID> taken = listed.stream().map(r -> r.personId).collect(Collectors.toSet());
            for (UUID colleague : leadersByManager.getOrDefault(evaluee.managerId, List.of())) {
                if (!colleague.equals(evaluee.leaderId) && !taken.contains(colleague)) {
                    RoundService.respondent(evaluee, colleague, RaterGroup.PEER);
                }
            }
        }
        rounds.audit(actor, "round.peers", round);
        return mapper.dto(round);
    }

    /** The leader proposes colleagues; they replace the leader's earlier proposals and wait for HR's approval. */
    RoundDto propose(Actor actor, UUID roundId, List<UUID> personIds) {
        Round round = rounds.find(actor.organisationId(), roundId).orElseThrow(RoundService::notFound);
        Evaluee evaluee = Evaluee.<Evaluee>find("roundId = ?1 and leaderId = ?2", round.id, actor.personId())
                .firstResultOptional().orElseThrow(RoundService::notFound);
        if (round.status != RoundStatus.DRAFT) {
            throw new ProblemException(ProblemType.ROUND_FROZEN,
                    "The round is launched; its respondent lists are frozen.");
        }
        Set<UUID> approved = Set.copyOf(Respondent.<Respondent>list("evalueeId = ?1 and raterGroup = ?2 and proposed "
                + "= false", evaluee.id, RaterGroup.PEER).stream().map(r -> r.personId).toList());
        check(actor, evaluee, personIds.stream().filter(p -> !approved.contains(p)).toList(), personIds);
        Respondent.delete("evalueeId = ?1 and raterGroup = ?2 and proposed = true", evaluee.id, RaterGroup.PEER);
        Respondent.flush();
        new LinkedHashSet<>(personIds).stream().filter(p -> !approved.contains(p))
                .forEach(p -> RoundService.respondent(evaluee, p, RaterGroup.PEER).proposed = true);
        rounds.audit(actor, "round.peers.proposed", round);
        return mapper.dto(round);
    }

    /**
     * Leaders of the organisation whose name or e-mail contains the query, for a leader in a draft round to propose:
     * only people who lead someone, never the leader, the leader's manager or the leader's employees in the round.
     */
    List<RoundApi.PeerCandidate> candidates(Actor actor, UUID roundId, String query) {
        Round round = rounds.find(actor.organisationId(), roundId).orElseThrow(RoundService::notFound);
        Evaluee evaluee = Evaluee.<Evaluee>find("roundId = ?1 and leaderId = ?2", round.id, actor.personId())
                .firstResultOptional().orElseThrow(RoundService::notFound);
        if (round.status != RoundStatus.DRAFT) {
            return List.of();
        }
        Set<UUID> employees = Set.copyOf(Respondent.<Respondent>list("evalueeId = ?1 and raterGroup = ?2", evaluee.id,
                RaterGroup.EMPLOYEE).stream().map(r -> r.personId).toList());
        return lookup.search(round.organisationId, query, 40).stream()
                .filter(p -> !p.id().equals(evaluee.leaderId) && !p.id().equals(evaluee.managerId)
                        && !employees.contains(p.id()) && !org.directReports(round.organisationId, p.id()).isEmpty())
                .limit(20).map(p -> new RoundApi.PeerCandidate(p.id(), p.name(), p.unitName())).toList();
    }

    /** HR approves the colleagues a leader proposed. */
    RoundDto approve(Actor actor, UUID roundId, UUID leaderId) {
        Round round = rounds.draft(actor, roundId);
        Evaluee evaluee = RoundService.evaluee(round, leaderId);
        Respondent.<Respondent>list("evalueeId = ?1 and raterGroup = ?2 and proposed = true", evaluee.id,
                RaterGroup.PEER).forEach(r -> r.proposed = false);
        rounds.audit(actor, "round.peers.approved", round);
        return mapper.dto(round);
    }

    private void check(Actor actor, Evaluee evaluee, List<UUID> personIds) {
        check(actor, evaluee, personIds, personIds);
    }

    /** Checks the new ones among the given people; field names index into the whole list. */
    private void check(Actor actor, Evaluee evaluee, List<UUID> fresh, List<UUID> all) {
        for (int i = 0; i < all.size(); i++) {
            UUID person = all.get(i);
            if (!fresh.contains(person)) {
                continue;
            }
            String field = "personIds[" + i + "]";
            org.person(actor.organisationId(), person).filter(PersonRef::active)
                    .orElseThrow(() -> ProblemException.invalid(field, "personen findes ikke i organisationen"));
            if (person.equals(evaluee.leaderId)) {
                throw ProblemException.invalid(field, "lederen kan ikke være sin egen lederkollega");
            }
            if (person.equals(evaluee.managerId)) {
                throw ProblemException.invalid(field, "lederens chef svarer som chef, ikke som lederkollega");
            }
            if (Respondent.count("evalueeId = ?1 and personId = ?2 and raterGroup <> ?3", evaluee.id, person,
                    RaterGroup.PEER) > 0) {
                throw ProblemException.invalid(field, "personen svarer allerede som medarbejder om lederen");
            }
        }
    }
}
