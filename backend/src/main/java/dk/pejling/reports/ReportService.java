package dk.pejling.reports;

import dk.pejling.common.AuditLog;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportAccess.Subject;
import dk.pejling.reports.ReportApi.EmployeeFigures;
import dk.pejling.reports.ReportApi.LeaderReport;
import dk.pejling.reports.ReportApi.MaskReason;
import dk.pejling.reports.ReportApi.PlanView;
import dk.pejling.reports.ReportApi.Readers;
import dk.pejling.reports.ReportApi.ReportSummary;
import dk.pejling.reports.ReportApi.ResponseRate;
import dk.pejling.reports.ReportApi.RoundRef;
import dk.pejling.reports.ReportApi.SingleRating;
import dk.pejling.reports.ReportApi.StatementRef;
import dk.pejling.reports.ReportApi.StatementReport;
import dk.pejling.reports.ReportApi.StoryDto;
import dk.pejling.reports.ReportApi.Trend;
import dk.pejling.reports.ReportApi.ValueReport;
import dk.pejling.reports.ResultQueries.PreviousRow;
import dk.pejling.reports.RoundResults.Cell;
import dk.pejling.reports.RoundResults.Statement;
import dk.pejling.reports.RoundResults.Value;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.rounds.RoundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The leader report: per value and statement the employees' figures, self and manager beside them with the gap, the
 * organisation's figure, the trend since the leader's previous round, top and bottom, blind spots and hidden
 * strengths, response rates and the stories. Numbers come from the round's counted results; which of them appear is
 * decided for the reader by {@link Disclosure}, so that nothing this reader can obtain elsewhere combines with them to
 * reveal a small group.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    private final ResultQueries queries;
    private final ResultsCache cache;
    private final ReportAccess access;
    private final PlanSource plans;
    private final AuditLog audit;

    ReportService(ResultQueries queries, ResultsCache cache, ReportAccess access, PlanSource plans, AuditLog audit) {
        this.queries = queries;
        this.cache = cache;
        this.access = access;
        this.plans = plans;
        this.audit = audit;
    }

    /** Reports the caller may read (or will, once the round closes), newest round first. */
    public List<ReportSummary> list(Caller caller) {
        List<ResultQueries.Summary> rows = queries.summaries(caller.organisationId(), caller.personId(), caller.hr());
        Set<UUID> withPlan = plans.evalueesWithPlan(rows.stream().map(ResultQueries.Summary::evalueeId).toList());
        return rows.stream().map(r -> new ReportSummary(r.roundId(), r.roundName(), r.status(), r.closesAt(),
                r.closedAt(), r.leaderId(), r.leaderName(), r.unitName(), r.relation(),
                r.status() == RoundStatus.CLOSED, withPlan.contains(r.evalueeId()))).toList();
    }

    /** The report, for a caller allowed to read it, once the round is counted; the view is audited. */
    public LeaderReport report(Caller caller, UUID roundId, UUID leaderId) {
        Subject subject = access.require(caller, roundId, leaderId, "report");
        LeaderReport report = build(subject);
        audit.record(caller.organisationId(), caller.personId(), "report.view", "report", roundId + "/" + leaderId,
                subject.relation().name());
        return report;
    }

    /** The report without access check or audit, for callers that did both (the PDF, the guide). */
    public LeaderReport build(Subject subject) {
        ResultsCache.Loaded loaded = cache.results(subject.organisationId(), subject.roundId());
        RoundResults r = loaded.results();
        Disclosure.Plan plan = plan(loaded, subject.caller());
        int e = r.evalueeIndex.get(subject.evalueeId());
        boolean employeesShown = plan.reportShown[e];
        boolean storiesShown = r.employeeBallots(e) >= subject.row().kStory();
        int kPeer = subject.row().kPeer();
        boolean peersShown = r.peerBallots(e) >= kPeer;
        Optional<Previous> previous = previous(subject, r);
        Map<UUID, List<StoryDto>> stories = new HashMap<>();
        // Colleagues' stories need both their own threshold and the round's threshold for stories.
        boolean peerStories = peersShown && r.peerBallots(e) >= subject.row().kStory();
        queries.stories(subject.roundId(), subject.evalueeId(), storiesShown, peerStories).forEach(s -> stories
                .computeIfAbsent(s.valueId(), v -> new ArrayList<>()).add(new StoryDto(s.raterGroup(), s.text())));

        List<ValueReport> values = new ArrayList<>();
        List<StatementRef> ranked = new ArrayList<>();
        List<StatementRef> blindSpots = new ArrayList<>();
        List<StatementRef> hiddenStrengths = new ArrayList<>();
        boolean includeSelf = subject.row().includeSelf();
        boolean includeManager = subject.row().includeManager();
        for (Value value : r.values) {
            List<StatementReport> statements = new ArrayList<>();
            for (int s = value.first(); s < value.first() + value.count(); s++) {
                Statement statement = r.statements.get(s);
                MaskReason masked = plan.leaderStatement[e][s];
                Cell cell = r.employees(e, s);
                Double mean = masked == null ? round1(cell.mean()) : null;
                Double self = single(r.cell(RaterGroup.SELF, e, s));
                Double gap = difference(self, mean);
                statements.add(new StatementReport(statement.id(), statement.identity(), statement.text(),
                        statement.textEn(), value.id(), masked == null ? figures(cell, cell.scored()) : null,
                        employeesShown ? masked : null,
                        includeSelf ? new SingleRating(self, false) : null,
                        includeManager ? new SingleRating(single(r.cell(RaterGroup.MANAGER, e, s)), false) : null,
                        gap, plan.rootStatement[s] == null ? round1(organisation(r, s).mean()) : null,
                        previous.flatMap(p -> p.statement(statement, mean)).orElse(null),
                        peers(r, e, s, peersShown, kPeer)));
                if (mean != null) {
                    StatementRef ref = new StatementRef(statement.id(), statement.text(), statement.textEn(),
                            value.title(), mean, self, gap);
                    ranked.add(ref);
                    if (gap != null && gap >= 1.0) {
                        blindSpots.add(ref);
                    } else if (gap != null && gap <= -1.0) {
                        hiddenStrengths.add(ref);
                    }
                }
            }
            MaskReason masked = plan.leaderValue[e][value.index()];
            Cell pooled = r.pooled(RaterGroup.EMPLOYEE, e, value);
            Double mean = masked == null ? round1(pooled.mean()) : null;
            Double self = round1(r.pooled(RaterGroup.SELF, e, value).mean());
            values.add(new ValueReport(value.id(), value.title(), value.titleEn(), value.kodeksPoint(),
                    masked == null ? figures(pooled, r.ballotsScoring(e, value, RoundResults.all(value))) : null,
                    employeesShown ? masked : null,
                    includeSelf ? new SingleRating(self, false) : null,
                    includeManager ? new SingleRating(round1(r.pooled(RaterGroup.MANAGER, e, value).mean()), false)
                            : null,
                    difference(self, mean), plan.rootValue[value.index()] == null
                            ? round1(organisation(r, value).mean()) : null,
                    previous.flatMap(p -> p.value(value, r, mean)).orElse(null), statements,
                    stories.getOrDefault(value.id(), List.of()), peers(r, e, value, statements)));
        }
        // Stable ranking: by mean, then by the framework's order (the list is in framework order already).
        List<StatementRef> top = ranked.stream().sorted(Comparator.comparing(StatementRef::mean).reversed()).limit(3)
                .toList();
        List<StatementRef> bottom = ranked.stream().filter(ref -> !top.contains(ref))
                .sorted(Comparator.comparing(StatementRef::mean)).limit(3).toList();
        blindSpots.sort(Comparator.comparing(StatementRef::gap).reversed());
        hiddenStrengths.sort(Comparator.comparing(StatementRef::gap));

        ResultQueries.SubjectRow s = subject.row();
        PlanView previousPlan = previous.flatMap(p -> plans.view(subject.organisationId(), p.row().roundId(),
                p.row().name(), p.row().evalueeId())).orElse(null);
        return new LeaderReport(s.roundId(), s.roundName(), s.closedAt(), s.leaderId(), s.leaderName(), s.unitName(),
                r.framework.name(), s.k(), s.kStory(), employeesShown, storiesShown, includeSelf, includeManager,
                responseRates(r, e, employeesShown, kPeer), values, top, bottom, blindSpots, hiddenStrengths,
                previous.map(p -> new RoundRef(p.row().roundId(), p.row().name(), p.row().closedAt())).orElse(null),
                previousPlan, new Readers(s.reportManagerName(), s.hrReads()), s.answersRemovedAt() != null,
                subject.relation(), kPeer, peersShown);
    }

    /**
     * The colleagues' figures for a statement: from kPeer colleagues that scored it. They are a group of their own,
     * read only in this leader's report, never pooled with employees or across leaders (docs/anonymity.md).
     */
    private static EmployeeFigures peers(RoundResults r, int e, int s, boolean shown, int kPeer) {
        Cell cell = r.cell(RaterGroup.PEER, e, s);
        return shown && cell.scored() >= kPeer ? figures(cell, cell.scored()) : null;
    }

    /**
     * The colleagues' figures for a value, only when every statement of the value shows theirs: the pooled figures
     * then follow from the statements' own, and the ballots behind them are at least those of any one statement.
     */
    private static EmployeeFigures peers(RoundResults r, int e, Value value, List<StatementReport> statements) {
        if (statements.isEmpty() || statements.stream().anyMatch(st -> st.peers() == null)) {
            return null;
        }
        return figures(r.pooled(RaterGroup.PEER, e, value), r.peerBallotsScoring(e, value, RoundResults.all(value)));
    }

    /** The plan for this caller: the round's reports they may read, and the overview if they are HR. */
    Disclosure.Plan plan(ResultsCache.Loaded loaded, Caller caller) {
        Set<Integer> readable = new HashSet<>(ResultsCache.indexes(loaded.results(),
                queries.readable(loaded.results().round.id(), caller.personId(), caller.hr()).stream()
                        .map(ResultQueries.Readable::evalueeId).toList()));
        return cache.plan(loaded, readable, caller.hr());
    }

    /** The organisation's employee figure for a statement: every leader's, summed once per round. */
    static Cell organisation(RoundResults r, int s) {
        return r.organisationStatement[s];
    }

    static Cell organisation(RoundResults r, Value value) {
        return r.organisationValue[value.index()];
    }

    // ---- the previous round, as this reader could read it ----

    /** The leader's previous round with the figures this reader may see there (its own plan for that round). */
    record Previous(PreviousRow row, RoundResults results, Disclosure.Plan plan, int evaluee) {

        Optional<Trend> statement(Statement now, Double mean) {
            if (mean == null) {
                return Optional.empty();
            }
            for (Statement before : results.statements) {
                if (before.identity().equals(now.identity())
                        && plan.leaderStatement[evaluee][before.index()] == null) {
                    Double was = round1(results.employees(evaluee, before.index()).mean());
                    return Optional.ofNullable(was).map(w -> new Trend(w, difference(mean, w)));
                }
            }
            return Optional.empty();
        }

        /** A value's trend only where the previous round had a value of exactly the same statements. */
        Optional<Trend> value(Value now, RoundResults current, Double mean) {
            if (mean == null) {
                return Optional.empty();
            }
            Set<UUID> identities = new HashSet<>();
            for (int s = now.first(); s < now.first() + now.count(); s++) {
                identities.add(current.statements.get(s).identity());
            }
            for (Value before : results.values) {
                Set<UUID> was = new HashSet<>();
                for (int s = before.first(); s < before.first() + before.count(); s++) {
                    was.add(results.statements.get(s).identity());
                }
                if (was.equals(identities) && plan.leaderValue[evaluee][before.index()] == null) {
                    Double previous = round1(results.pooled(RaterGroup.EMPLOYEE, evaluee, before).mean());
                    return Optional.ofNullable(previous).map(p -> new Trend(p, difference(mean, p)));
                }
            }
            return Optional.empty();
        }
    }

    private Optional<Previous> previous(Subject subject, RoundResults current) {
        Caller caller = subject.caller();
        return queries.previous(subject.organisationId(), subject.leaderId(), subject.roundId(),
                current.round.closedAt(), caller.personId(), caller.hr())
                .filter(row -> row.relation() != null)
                .map(row -> {
                    ResultsCache.Loaded loaded = cache.results(subject.organisationId(), row.roundId());
                    return new Previous(row, loaded.results(), plan(loaded, caller),
                            loaded.results().evalueeIndex.get(row.evalueeId()));
                });
    }

    // ---- figures ----

    private static List<ResponseRate> responseRates(RoundResults r, int e, boolean shown, int kPeer) {
        List<ResponseRate> rates = new ArrayList<>();
        for (RaterGroup group : RaterGroup.values()) {
            int asked = r.invited[group.ordinal()][e];
            if (asked == 0) {
                continue;
            }
            int submitted = r.submitted[group.ordinal()][e];
            boolean withheld = group == RaterGroup.EMPLOYEE && !shown
                    || group == RaterGroup.PEER && submitted < kPeer;
            rates.add(new ResponseRate(group, asked, withheld ? null : submitted,
                    withheld ? null : (int) Math.round(submitted * 100.0 / asked)));
        }
        return rates;
    }

    private static EmployeeFigures figures(Cell cell, int n) {
        int[] d = cell.distribution();
        return new EmployeeFigures(n, round1(cell.mean()), cell.dontKnow(), List.of(d[0], d[1], d[2], d[3], d[4]));
    }

    private static Double single(Cell cell) {
        return cell.scored() == 0 ? null : round1(cell.mean());
    }

    static Double round1(java.math.BigDecimal value) {
        return Figures.round1(value);
    }

    static Double difference(Double a, Double b) {
        return Figures.difference(a, b);
    }
}
