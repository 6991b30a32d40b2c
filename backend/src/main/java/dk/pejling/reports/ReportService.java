package dk.pejling.reports;

import dk.pejling.common.AuditLog;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.StatementDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.framework.FrameworkService;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportAccess.Subject;
import dk.pejling.reports.ReportApi.LeaderReport;
import dk.pejling.reports.ReportApi.PlanView;
import dk.pejling.reports.ReportApi.Relation;
import dk.pejling.reports.ReportApi.ReportSummary;
import dk.pejling.reports.ReportApi.ResponseRate;
import dk.pejling.reports.ReportApi.RoundRef;
import dk.pejling.reports.ReportApi.SingleRating;
import dk.pejling.reports.ReportApi.StatementRef;
import dk.pejling.reports.ReportApi.StatementReport;
import dk.pejling.reports.ReportApi.StoryDto;
import dk.pejling.reports.ReportApi.Trend;
import dk.pejling.reports.ReportApi.ValueReport;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.rounds.RoundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The leader report (R1-R8). SQL does the counting and averaging (GROUP BY with grouping sets for statement and
 * value rows); this class shapes the rows and applies the anonymity rules A1-A3 in one place:
 * below k employee ballots no employee figure appears, below kStory no employee story, and the benchmark is shown
 * only when the rest of the organisation has at least k ballots, so that it cannot be subtracted to reveal them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    private final EntityManager em;
    private final ReportAccess access;
    private final FrameworkService frameworks;
    private final PlanSource plans;
    private final AuditLog audit;

    ReportService(EntityManager em, ReportAccess access, FrameworkService frameworks, PlanSource plans,
            AuditLog audit) {
        this.em = em;
        this.access = access;
        this.frameworks = frameworks;
        this.plans = plans;
        this.audit = audit;
    }

    /** Reports the caller may read (or will, once the round closes), newest round first. */
    public List<ReportSummary> list(Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.name, r.status, r.closes_at, r.closed_at, e.leader_id, e.leader_name, e.unit_name,
                       case when e.leader_id = :caller then 'OWN'
                            when r.manager_access = 'REPORT' and (e.manager_id = :caller or p.manager_id = :caller)
                              then 'MANAGER'
                            when :hr and r.hr_access = 'REPORT' then 'HR' end as relation,
                       e.id
                from round r
                join round_evaluee e on e.round_id = r.id
                join person p on p.id = e.leader_id
                where r.organisation_id = :org and r.status <> 'DRAFT'
                order by r.closes_at desc, e.leader_name
                """).setParameter("org", caller.organisationId()).setParameter("caller", caller.personId())
                .setParameter("hr", caller.hr()).getResultList();
        List<Object[]> readable = rows.stream().filter(r -> r[8] != null).toList();
        Set<UUID> withPlan = plans.evalueesWithPlan(readable.stream().map(r -> (UUID) r[9]).toList());
        return readable.stream().map(r -> new ReportSummary((UUID) r[0], (String) r[1],
                RoundStatus.valueOf((String) r[2]), ReportAccess.instant(r[3]), ReportAccess.instant(r[4]),
                (UUID) r[5], (String) r[6], (String) r[7], Relation.valueOf((String) r[8]),
                "CLOSED".equals(r[2]), withPlan.contains((UUID) r[9]))).toList();
    }

    /** The report, for a caller allowed to read it, once the round is closed; the view is audited (S6). */
    public LeaderReport report(Caller caller, UUID roundId, UUID leaderId) {
        Subject subject = access.require(caller, roundId, leaderId, "report");
        LeaderReport report = build(subject);
        audit.record(caller.organisationId(), caller.personId(), "report.view", "report", roundId + "/" + leaderId,
                subject.relation().name());
        return report;
    }

    /** The report without access check or audit, for callers that did both (the PDF, the LUS guide). */
    public LeaderReport build(Subject subject) {
        FrameworkDto framework = frameworks.version(subject.organisationId(), subject.frameworkVersionId())
                .orElseThrow();
        Map<RaterGroup, Integer> ballots = ballotCounts(subject);
        int employeeBallots = ballots.getOrDefault(RaterGroup.EMPLOYEE, 0);
        boolean employeesShown = employeeBallots >= subject.k();
        boolean storiesShown = employeeBallots >= subject.kStory();

        Map<RaterGroup, Map<UUID, Figures>> figures = figures(subject);
        Map<UUID, Double> benchmark = benchmark(subject);
        Optional<Previous> previous = previous(subject);
        Map<UUID, BigDecimal> previousMeans = previous.filter(Previous::shown).map(p -> previousMeans(p, framework))
                .orElse(Map.of());
        Map<UUID, List<StoryDto>> stories = stories(subject, storiesShown);

        Map<UUID, Figures> employees = figures.getOrDefault(RaterGroup.EMPLOYEE, Map.of());
        Map<UUID, Figures> self = figures.getOrDefault(RaterGroup.SELF, Map.of());
        Map<UUID, Figures> manager = figures.getOrDefault(RaterGroup.MANAGER, Map.of());

        List<ValueReport> values = new ArrayList<>();
        List<StatementRef> ranked = new ArrayList<>();
        List<StatementRef> blindSpots = new ArrayList<>();
        List<StatementRef> hiddenStrengths = new ArrayList<>();
        for (ValueDto value : framework.values()) {
            List<StatementReport> statements = new ArrayList<>();
            for (StatementDto statement : value.statements()) {
                Figures e = employees.getOrDefault(statement.id(), Figures.EMPTY);
                Double mean = employeesShown ? e.rounded() : null;
                Double selfScore = single(self.get(statement.id()));
                Double gap = Figures.difference(selfScore, mean);
                statements.add(new StatementReport(statement.id(), statement.identity(), statement.text(),
                        statement.textEn(), value.id(), employeesShown ? e.dto() : null,
                        subject.includeSelf() ? new SingleRating(selfScore, false) : null,
                        subject.includeManager() ? new SingleRating(single(manager.get(statement.id())), false) : null,
                        gap, benchmark.get(statement.id()), trend(mean, previousMeans.get(statement.id()))));
                if (mean != null) {
                    StatementRef ref = new StatementRef(statement.id(), statement.text(), statement.textEn(),
                            value.title(), mean, selfScore, gap);
                    ranked.add(ref);
                    if (gap != null && gap >= 1.0) {
                        blindSpots.add(ref);
                    } else if (gap != null && gap <= -1.0) {
                        hiddenStrengths.add(ref);
                    }
                }
            }
            Figures e = employees.getOrDefault(value.id(), Figures.EMPTY);
            Double mean = employeesShown ? e.rounded() : null;
            Double selfScore = single(self.get(value.id()));
            values.add(new ValueReport(value.id(), value.title(), value.titleEn(), value.kodeksPoint(),
                    employeesShown ? e.dto() : null,
                    subject.includeSelf() ? new SingleRating(selfScore, false) : null,
                    subject.includeManager() ? new SingleRating(single(manager.get(value.id())), false) : null,
                    Figures.difference(selfScore, mean), benchmark.get(value.id()),
                    trend(mean, previousMeans.get(value.id())), statements,
                    stories.getOrDefault(value.id(), List.of())));
        }
        // Stable ranking: by mean, then by the framework's order (the list is in framework order already).
        List<StatementRef> top = ranked.stream().sorted(Comparator.comparing(StatementRef::mean).reversed()).limit(3)
                .toList();
        List<StatementRef> bottom = ranked.stream().filter(r -> !top.contains(r))
                .sorted(Comparator.comparing(StatementRef::mean)).limit(3).toList();
        blindSpots.sort(Comparator.comparing(StatementRef::gap).reversed());
        hiddenStrengths.sort(Comparator.comparing(StatementRef::gap));

        PlanView previousPlan = previous.flatMap(p -> plans.view(subject.organisationId(), p.roundId(), p.name(),
                p.evalueeId())).orElse(null);
        return new LeaderReport(subject.roundId(), subject.roundName(), subject.closedAt(), subject.leaderId(),
                subject.leaderName(), subject.unitName(), framework.name(), subject.k(), subject.kStory(),
                employeesShown, storiesShown, subject.includeSelf(), subject.includeManager(),
                responseRates(subject, ballots, employeesShown), values, top, bottom, blindSpots, hiddenStrengths,
                previous.map(p -> new RoundRef(p.roundId(), p.name(), p.closedAt())).orElse(null), previousPlan);
    }

    private static Double single(Figures figures) {
        return figures == null ? null : figures.rounded();
    }

    private static Trend trend(Double mean, BigDecimal previous) {
        if (mean == null || previous == null) {
            return null;
        }
        Double before = Figures.round1(previous);
        return new Trend(before, Figures.difference(mean, before));
    }

    // ---- queries ----

    private Map<RaterGroup, Integer> ballotCounts(Subject subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select rater_group, count(*) from ballot where round_id = :round and evaluee_id = :evaluee
                group by rater_group
                """).setParameter("round", subject.roundId()).setParameter("evaluee", subject.evalueeId())
                .getResultList();
        Map<RaterGroup, Integer> counts = new EnumMap<>(RaterGroup.class);
        rows.forEach(r -> counts.put(RaterGroup.valueOf((String) r[0]), ((Number) r[1]).intValue()));
        return counts;
    }

    /** Per rater group: figures keyed by statement id and by value id (the value rows pool its statements). */
    private Map<RaterGroup, Map<UUID, Figures>> figures(Subject subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select b.rater_group, s.value_id, a.statement_id,
                       count(distinct b.id) filter (where a.score is not null), avg(a.score),
                       count(*) filter (where a.score is null),
                       count(*) filter (where a.score = 1), count(*) filter (where a.score = 2),
                       count(*) filter (where a.score = 3), count(*) filter (where a.score = 4),
                       count(*) filter (where a.score = 5)
                from ballot b
                join ballot_answer a on a.ballot_id = b.id
                join framework_statement s on s.id = a.statement_id
                where b.round_id = :round and b.evaluee_id = :evaluee
                group by grouping sets ((b.rater_group, s.value_id, a.statement_id), (b.rater_group, s.value_id))
                """).setParameter("round", subject.roundId()).setParameter("evaluee", subject.evalueeId())
                .getResultList();
        Map<RaterGroup, Map<UUID, Figures>> result = new EnumMap<>(RaterGroup.class);
        for (Object[] r : rows) {
            UUID key = r[2] != null ? (UUID) r[2] : (UUID) r[1];
            result.computeIfAbsent(RaterGroup.valueOf((String) r[0]), g -> new HashMap<>()).put(key, Figures.of(r, 3));
        }
        return result;
    }

    /**
     * R6: the organisation's employee mean. Whoever reads this report may read other reports too (a manager those of
     * all their leaders, HR per policy); the mean is shown only when the ballots outside the shown reports that this
     * reader can read number 0 or at least k, so that no subtraction of those reports from it isolates a small
     * group (A7). Counted per statement (and per value) among the ballots that scored it.
     */
    private Map<UUID, Double> benchmark(Subject subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with per_evaluee as materialized (
                    select e.id,
                           (e.leader_id = :caller
                             or (r.manager_access = 'REPORT' and (e.manager_id = :caller or p.manager_id = :caller))
                             or (:hr and r.hr_access = 'REPORT'))
                           and (select count(*) from ballot x where x.round_id = :round and x.evaluee_id = e.id
                                  and x.rater_group = 'EMPLOYEE') >= r.k as seen
                    from round_evaluee e join round r on r.id = e.round_id join person p on p.id = e.leader_id
                    where e.round_id = :round
                ), answer as (
                    select b.id as ballot_id, s.value_id, a.statement_id, a.score, coalesce(pe.seen, false) as seen
                    from ballot b
                    join per_evaluee pe on pe.id = b.evaluee_id
                    join ballot_answer a on a.ballot_id = b.id
                    join framework_statement s on s.id = a.statement_id
                    where b.round_id = :round and b.rater_group = 'EMPLOYEE'
                )
                -- One answer per ballot and statement, so counting answers counts ballots; values go through a
                -- per-ballot sum first instead of a distinct count, which PostgreSQL would sort for.
                select value_id, statement_id, avg(score), count(score) filter (where not seen)
                from answer group by value_id, statement_id
                union all
                select value_id, null, sum(total)::numeric / nullif(sum(scored), 0),
                       count(*) filter (where scored > 0 and not seen)
                from (select ballot_id, value_id, bool_or(seen) as seen, sum(score) as total, count(score) as scored
                      from answer group by ballot_id, value_id) per_ballot
                group by value_id
                """).setParameter("round", subject.roundId()).setParameter("caller", subject.caller().personId())
                .setParameter("hr", subject.caller().hr()).getResultList();
        Map<UUID, Double> result = new HashMap<>();
        for (Object[] r : rows) {
            int unseen = ((Number) r[3]).intValue();
            if (r[2] != null && (unseen == 0 || unseen >= subject.k())) {
                result.put(r[1] != null ? (UUID) r[1] : (UUID) r[0], Figures.round1(Figures.decimal(r[2])));
            }
        }
        return result;
    }

    record Previous(UUID roundId, String name, java.time.Instant closedAt, UUID evalueeId, boolean shown) {
    }

    /**
     * The leader's round closed last before this one that this reader could read under that round's own policy;
     * its figures count only if it reached its own k.
     */
    private Optional<Previous> previous(Subject subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.name, r.closed_at, e.id,
                       (select count(*) from ballot b where b.round_id = r.id and b.evaluee_id = e.id
                          and b.rater_group = 'EMPLOYEE') >= r.k
                from round r join round_evaluee e on e.round_id = r.id
                where r.organisation_id = :org and e.leader_id = :leader and r.status = 'CLOSED' and r.id <> :round
                  and r.closed_at < :closed
                  and (:relation = 'OWN' or (:relation = 'MANAGER' and r.manager_access = 'REPORT')
                       or (:relation = 'HR' and r.hr_access = 'REPORT'))
                order by r.closed_at desc
                limit 1
                """).setParameter("org", subject.organisationId()).setParameter("leader", subject.leaderId())
                .setParameter("round", subject.roundId()).setParameter("closed", subject.closedAt())
                .setParameter("relation", subject.relation().name())
                .getResultList();
        return rows.stream().findFirst().map(r -> new Previous((UUID) r[0], (String) r[1],
                ReportAccess.instant(r[2]), (UUID) r[3], (Boolean) r[4]));
    }

    /**
     * R5: the previous round's employee means, keyed by this round's statement ids (matched by identity across
     * framework versions) and value ids (pooling the matched statements).
     */
    private Map<UUID, BigDecimal> previousMeans(Previous previous, FrameworkDto framework) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cs.value_id, cs.id, avg(a.score)
                from ballot b
                join ballot_answer a on a.ballot_id = b.id
                join framework_statement ps on ps.id = a.statement_id
                join framework_statement cs on cs.identity_key = ps.identity_key
                join framework_value cv on cv.id = cs.value_id and cv.version_id = :version
                where b.round_id = :round and b.evaluee_id = :evaluee and b.rater_group = 'EMPLOYEE'
                group by grouping sets ((cs.value_id, cs.id), (cs.value_id))
                """).setParameter("version", framework.id()).setParameter("round", previous.roundId())
                .setParameter("evaluee", previous.evalueeId()).getResultList();
        Map<UUID, BigDecimal> result = new HashMap<>();
        for (Object[] r : rows) {
            if (r[2] != null) {
                result.put(r[1] != null ? (UUID) r[1] : (UUID) r[0], Figures.decimal(r[2]));
            }
        }
        return result;
    }

    /** R7/A2: stories by value in random order; employee stories only from kStory ballots. */
    private Map<UUID, List<StoryDto>> stories(Subject subject, boolean employeesShown) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select value_id, rater_group, text from story
                where round_id = :round and evaluee_id = :evaluee and (rater_group <> 'EMPLOYEE' or :shown)
                order by random()
                """).setParameter("round", subject.roundId()).setParameter("evaluee", subject.evalueeId())
                .setParameter("shown", employeesShown).getResultList();
        Map<UUID, List<StoryDto>> result = new HashMap<>();
        rows.forEach(r -> result.computeIfAbsent((UUID) r[0], v -> new ArrayList<>())
                .add(new StoryDto(RaterGroup.valueOf((String) r[1]), (String) r[2])));
        return result;
    }

    /** R8: submitted of invited per group; the employee count is withheld below k (A1). */
    private List<ResponseRate> responseRates(Subject subject, Map<RaterGroup, Integer> ballots, boolean shown) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select rater_group, count(*) from invitation where round_id = :round and evaluee_id = :evaluee
                group by rater_group
                """).setParameter("round", subject.roundId()).setParameter("evaluee", subject.evalueeId())
                .getResultList();
        Map<RaterGroup, Integer> invited = new EnumMap<>(RaterGroup.class);
        rows.forEach(r -> invited.put(RaterGroup.valueOf((String) r[0]), ((Number) r[1]).intValue()));
        List<ResponseRate> rates = new ArrayList<>();
        for (RaterGroup group : RaterGroup.values()) {
            int asked = invited.getOrDefault(group, 0);
            if (asked == 0) {
                continue;
            }
            int submitted = ballots.getOrDefault(group, 0);
            boolean withheld = group == RaterGroup.EMPLOYEE && !shown;
            rates.add(new ResponseRate(group, asked, withheld ? null : submitted,
                    withheld ? null : (int) Math.round(submitted * 100.0 / asked)));
        }
        return rates;
    }
}
