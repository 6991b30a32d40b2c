package dk.pejling.rounds;

import dk.pejling.common.Sql;
import dk.pejling.rounds.RoundApi.GroupProgress;
import dk.pejling.rounds.RoundApi.LeaderProgress;
import dk.pejling.rounds.RoundApi.LeaderStatus;
import dk.pejling.rounds.RoundApi.ProgressDto;
import dk.pejling.rounds.RoundApi.UnitProgress;
import dk.pejling.rounds.RoundService.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How a round is going: for HR per unit (as frozen at launch) and rater group, and per leader whether the threshold is
 * reached; for a leader the own rate. Each anonymous group is masked on its own ({@link ProgressMask}).
 */
@ApplicationScoped
@Transactional
public class RoundProgress {

    record EvalueeCount(UUID evalueeId, UUID leaderId, String leaderName, String unit, RaterGroup raterGroup,
            long invited, long submitted) {
    }

    record Count(long invited, long submitted) {
    }

    private final RoundService rounds;
    private final EntityManager em;

    RoundProgress(RoundService rounds, EntityManager em) {
        this.rounds = rounds;
        this.em = em;
    }

    /**
     * HR: invited and answered per unit (as frozen at launch) and group, and per leader whether k employees have
     * answered, with every employee count that could reveal a group below k left out ({@link ProgressMask}).
     * A leader: the own rate, from k answers.
     */
    public ProgressDto progress(Actor actor, UUID id) {
        Round round = rounds.find(actor.organisationId(), id).orElseThrow(RoundService::notFound);
        if (actor.hr()) {
            List<EvalueeCount> counts = Sql.query(em, """
                    select e.id as evaluee_id, e.leader_id, e.leader_name, e.unit_name as unit, t.rater_group,
                           count(*) as invited, count(*) filter (where t.used) as submitted
                    from ticket t join round_evaluee e on e.id = t.evaluee_id
                    where t.round_id = :round
                    group by e.id, e.leader_id, e.leader_name, e.unit_name, t.rater_group
                    order by e.unit_name, e.leader_name, t.rater_group""").param("round", round.id)
                    .list(EvalueeCount.class);
            // Each anonymous group is masked on its own, with its own threshold.
            Map<RaterGroup, ProgressMask.Shown> masks = new EnumMap<>(RaterGroup.class);
            for (RaterGroup group : List.of(RaterGroup.EMPLOYEE, RaterGroup.PEER)) {
                masks.put(group, ProgressMask.apply(counts.stream().filter(c -> c.raterGroup() == group)
                        .map(c -> new ProgressMask.Leader(c.evalueeId(), c.unit(), c.invited(), c.submitted()))
                        .toList(), group == RaterGroup.PEER ? round.kPeer : round.k));
            }
            ProgressMask.Shown shown = masks.get(RaterGroup.EMPLOYEE);

            Map<String, Map<RaterGroup, long[]>> byUnit = new TreeMap<>(
                    Comparator.nullsLast(Comparator.naturalOrder()));
            Map<RaterGroup, long[]> byGroup = new EnumMap<>(RaterGroup.class);
            for (EvalueeCount c : counts) {
                long[] unit = byUnit.computeIfAbsent(c.unit(), u -> new EnumMap<>(RaterGroup.class))
                        .computeIfAbsent(c.raterGroup(), g -> new long[2]);
                unit[0] += c.invited();
                unit[1] += c.submitted();
                long[] group = byGroup.computeIfAbsent(c.raterGroup(), g -> new long[2]);
                group[0] += c.invited();
                group[1] += c.submitted();
            }
            List<UnitProgress> units = new ArrayList<>();
            byUnit.forEach((unit, groups) -> groups.forEach((group, n) -> units.add(new UnitProgress(unit, group,
                    n[0], group.anonymous() ? masks.get(group).units().get(unit) : Long.valueOf(n[1])))));
            List<GroupProgress> totals = new ArrayList<>();
            byGroup.forEach((group, n) -> totals.add(new GroupProgress(group, n[0],
                    group.anonymous() ? masks.get(group).total() : Long.valueOf(n[1]))));
            List<LeaderStatus> leaders = counts.stream().filter(c -> c.raterGroup() == RaterGroup.EMPLOYEE)
                    .map(c -> new LeaderStatus(c.leaderId(), c.leaderName(), c.unit(), c.invited(),
                            c.submitted() >= round.k, shown.leaders().get(c.evalueeId())))
                    .toList();
            return new ProgressDto(round.id, round.status, round.k, units, totals, leaders, null);
        }
        Evaluee own = Evaluee.<Evaluee>find("roundId = ?1 and leaderId = ?2", round.id, actor.personId())
                .firstResultOptional().orElseThrow(RoundService::notFound);
        Count count = Sql.query(em, """
                select count(*) as invited, count(*) filter (where used) as submitted from ticket
                where evaluee_id = :evaluee and rater_group = 'EMPLOYEE'""").param("evaluee", own.id)
                .list(Count.class).get(0);
        boolean reached = count.submitted() >= round.k && count.invited() > 0;
        Integer rate = reached ? (int) (Math.round(count.submitted() * 10.0 / count.invited()) * 10) : null;
        return new ProgressDto(round.id, round.status, round.k, List.of(), List.of(), List.of(),
                new LeaderProgress(reached, rate));
    }
}
