package dk.pejling.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.pejling.common.AuditLog;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportApi.MaskReason;
import dk.pejling.reports.ReportApi.Overview;
import dk.pejling.reports.ReportApi.OverviewCell;
import dk.pejling.reports.ReportApi.OverviewRow;
import dk.pejling.reports.ReportApi.OverviewStatement;
import dk.pejling.reports.ReportApi.OverviewValue;
import dk.pejling.reports.ReportApi.QualityReport;
import dk.pejling.reports.ResultQueries.RoundRow;
import dk.pejling.reports.ResultQueries.UnitRow;
import dk.pejling.reports.RoundResults.Cell;
import dk.pejling.reports.RoundResults.Statement;
import dk.pejling.reports.RoundResults.Value;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.rounds.RoundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * HR's view of a closed round: a units-by-values heatmap over the unit tree frozen at launch, response rates per
 * unit, the organisation's top and bottom statements, and statement quality ({@link QualityView}). Every figure comes
 * from the round's counted results and is shown only where the reader's {@link Disclosure} plan allows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverviewService {

    /** A round as HR may see it, with the counted results and the plan for this caller. */
    record View(RoundRow round, ResultsCache.Loaded loaded, Disclosure.Plan plan) {
    }

    private final ResultQueries queries;
    private final ResultsCache cache;
    private final ReportService reports;
    private final QualityView quality;
    private final AuditLog audit;
    private final ObjectMapper json;
    /** Whether the overview has been built ahead in this process (see {@link #warm}). */
    private final AtomicBoolean compiled = new AtomicBoolean();

    OverviewService(ResultQueries queries, ResultsCache cache, ReportService reports, QualityView quality,
            AuditLog audit, ObjectMapper json) {
        this.queries = queries;
        this.cache = cache;
        this.reports = reports;
        this.quality = quality;
        this.audit = audit;
        this.json = json;
    }

    private static final int WARM_BUILDS = 10;

    /**
     * A round was read ahead at start (or, when none was, at the first count after it): the overview and statement
     * quality are built and written as JSON ten times and thrown away, so that the first HR consultant does not wait
     * for code run the first time (about a second on two cores). The code is the same for every round, so rounds
     * counted later are not built ahead. Nothing is recorded or sent.
     */
    void warm(@Observes ResultsCache.ReadAhead read) {
        if (!read.atStart() && compiled.get()) {
            return;
        }
        View view = new View(read.loaded().results().round, read.loaded(), read.overviewPlan());
        try {
            for (int i = 0; i < WARM_BUILDS; i++) {
                json.writeValueAsBytes(build(view));
                json.writeValueAsBytes(quality.build(view));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write an overview read ahead", e);
        }
        compiled.set(true);
    }

    public Overview overview(Caller caller, UUID roundId) {
        Overview overview = build(view(caller, roundId));
        audit.record(caller.organisationId(), caller.personId(), "overview.view", "round", roundId.toString(), null);
        return overview;
    }

    public QualityReport quality(Caller caller, UUID roundId) {
        QualityReport report = quality.build(view(caller, roundId));
        audit.record(caller.organisationId(), caller.personId(), "quality.view", "round", roundId.toString(), null);
        return report;
    }

    /** The round in the caller's organisation, closed and counted; else 404 (audited) or 409. */
    View view(Caller caller, UUID roundId) {
        RoundRow round = queries.round(caller.organisationId(), roundId).orElseThrow(() -> {
            audit.record(caller.organisationId(), caller.personId(), "access.denied", "overview", roundId.toString(),
                    null);
            return ProblemException.notFound("No such round in your organisation.");
        });
        if (round.status() != RoundStatus.CLOSED) {
            throw new ProblemException(ProblemType.REPORT_NOT_OPEN, "The overview opens when the round closes ("
                    + round.closesAt() + ").");
        }
        if (!round.ready()) {
            throw new ProblemException(ProblemType.REPORT_NOT_READY,
                    "The round has closed and its answers are being counted; try again in a minute.");
        }
        ResultsCache.Loaded loaded = cache.results(caller.organisationId(), roundId);
        return new View(round, loaded, reports.plan(loaded, caller));
    }

    Overview build(View view) {
        RoundResults r = view.loaded().results();
        Disclosure.Plan plan = view.plan();
        Disclosure.Tree tree = view.loaded().tree();
        int k = r.round.k();
        List<OverviewValue> values = r.values.stream().map(v -> new OverviewValue(v.id(), v.title(), v.titleEn()))
                .toList();
        List<OverviewRow> rows = new ArrayList<>();
        List<Integer> everyone = new ArrayList<>();
        for (int e = 0; e < r.evaluees.size(); e++) {
            everyone.add(e);
        }
        rows.add(row(r, null, r.round.organisationName(), null, 0, everyone, plan.rootValue, k));
        Map<UUID, UnitRow> units = new HashMap<>();
        r.units.forEach(u -> units.put(u.unitId(), u));
        addChildren(r, tree, plan, units, tree.top(), null, 1, rows, k);

        List<OverviewStatement> ranked = new ArrayList<>();
        for (Statement statement : r.statements) {
            if (plan.rootStatement[statement.index()] == null) {
                Cell cell = ReportService.organisation(r, statement.index());
                ranked.add(new OverviewStatement(statement.id(), statement.text(), statement.textEn(),
                        r.values.get(statement.value()).title(), cell.scored(), Figures.round1(cell.mean())));
            }
        }
        ranked.removeIf(s -> s.mean() == null);
        List<OverviewStatement> top = ranked.stream()
                .sorted(Comparator.comparing(OverviewStatement::mean).reversed()).limit(5).toList();
        List<OverviewStatement> bottom = ranked.stream().filter(s -> !top.contains(s))
                .sorted(Comparator.comparing(OverviewStatement::mean)).limit(5).toList();
        return new Overview(r.round.id(), r.round.name(), r.round.closedAt(), k, values, rows, top, bottom);
    }

    private void addChildren(RoundResults r, Disclosure.Tree tree, Disclosure.Plan plan, Map<UUID, UnitRow> units,
            List<UUID> children, UUID parent, int depth, List<OverviewRow> rows, int k) {
        List<UUID> sorted = children.stream().sorted(Comparator.comparing(u -> units.get(u).name())).toList();
        for (UUID unit : sorted) {
            List<Integer> leaders = new ArrayList<>();
            collect(tree, unit, leaders);
            rows.add(row(r, unit, units.get(unit).name(), parent, depth, leaders, plan.unitValue.get(unit), k));
            addChildren(r, tree, plan, units, tree.children().getOrDefault(unit, List.of()), unit, depth + 1, rows, k);
        }
    }

    private static void collect(Disclosure.Tree tree, UUID unit, List<Integer> out) {
        out.addAll(tree.leaders().getOrDefault(unit, List.of()));
        for (UUID child : tree.children().getOrDefault(unit, List.of())) {
            collect(tree, child, out);
        }
    }

    private static OverviewRow row(RoundResults r, UUID unitId, String name, UUID parent, int depth,
            List<Integer> leaders, MaskReason[] masks, int k) {
        int invited = 0;
        int submitted = 0;
        for (int e : leaders) {
            invited += r.invited[RaterGroup.EMPLOYEE.ordinal()][e];
            submitted += r.submitted[RaterGroup.EMPLOYEE.ordinal()][e];
        }
        List<OverviewCell> cells = new ArrayList<>();
        boolean allMasked = true;
        for (Value value : r.values) {
            MaskReason masked = masks[value.index()];
            if (masked != null) {
                cells.add(new OverviewCell(value.id(), null, null, masked));
                continue;
            }
            allMasked = false;
            Cell sum = Cell.EMPTY;
            int n = 0;
            for (int e : leaders) {
                sum = sum.plus(r.pooled(RaterGroup.EMPLOYEE, e, value));
                n += r.ballotsScoring(e, value, RoundResults.all(value));
            }
            cells.add(new OverviewCell(value.id(), n, Figures.round1(sum.mean()), null));
        }
        MaskReason rowMask = submitted == 0 ? MaskReason.NO_ANSWERS
                : submitted < k ? MaskReason.BELOW_THRESHOLD
                : allMasked && !r.values.isEmpty() ? MaskReason.DIFFERENCING : null;
        Integer rate = invited == 0 ? null : (int) Math.round(submitted * 100.0 / invited);
        return new OverviewRow(unitId, name, parent, depth, invited, submitted, rate, rowMask, cells);
    }
}
