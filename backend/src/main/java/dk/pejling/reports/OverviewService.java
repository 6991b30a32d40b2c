package dk.pejling.reports;

import dk.pejling.common.AuditLog;
import dk.pejling.common.ProblemException;
import dk.pejling.common.ProblemType;
import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.StatementDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.framework.FrameworkService;
import dk.pejling.org.OrgService;
import dk.pejling.org.OrgService.UnitRef;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportApi.MaskReason;
import dk.pejling.reports.ReportApi.Overview;
import dk.pejling.reports.ReportApi.OverviewCell;
import dk.pejling.reports.ReportApi.OverviewRow;
import dk.pejling.reports.ReportApi.OverviewStatement;
import dk.pejling.reports.ReportApi.OverviewValue;
import dk.pejling.reports.ReportApi.QualityFlag;
import dk.pejling.reports.ReportApi.QualityReport;
import dk.pejling.reports.ReportApi.StatementQuality;
import dk.pejling.reports.ReportApi.ValueQuality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HR's view of a closed round (O1, O2): a units-by-values heatmap rolled up the unit tree in SQL and masked per A1
 * and A7 by {@link Suppression}; response rates per unit; the organisation's top and bottom statements; and the
 * statement quality figures (ved-ikke rate, spread, item-rest correlation, Cronbach's alpha).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverviewService {

    /** More "ved ikke" than this share: employees cannot observe the behaviour. */
    static final double CANNOT_OBSERVE_SHARE = 0.20;
    /** A standard deviation from this on a 1-5 scale: answers spread widely. */
    static final double HIGH_SPREAD_SD = 1.2;
    /** An item-rest correlation below this: the statement measures something else than its value. */
    static final double LOW_ITEM_REST = 0.3;
    /** Correlations from fewer complete ballots are too noisy to flag. */
    static final int MIN_COMPLETE_FOR_CORRELATION = 10;

    static final String ROOT = "root";

    private final EntityManager em;
    private final FrameworkService frameworks;
    private final OrgService org;
    private final AuditLog audit;

    OverviewService(EntityManager em, FrameworkService frameworks, OrgService org, AuditLog audit) {
        this.em = em;
        this.frameworks = frameworks;
        this.org = org;
        this.audit = audit;
    }

    /** The round as HR may see it: own organisation, closed; else 404 or 409. */
    record RoundInfo(UUID id, String name, java.time.Instant closesAt, java.time.Instant closedAt, int k,
            UUID versionId, boolean hrReadsReports, String organisationName) {
    }

    RoundInfo round(Caller caller, UUID roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.name, r.closes_at, r.closed_at, r.k, r.framework_version_id, r.hr_access = 'REPORT',
                       r.status, o.name
                from round r join organisation o on o.id = r.organisation_id
                where r.organisation_id = :org and r.id = :round and r.status <> 'DRAFT'
                """).setParameter("org", caller.organisationId()).setParameter("round", roundId).getResultList();
        if (rows.isEmpty()) {
            audit.record(caller.organisationId(), caller.personId(), "access.denied", "overview", roundId.toString(),
                    null);
            throw ProblemException.notFound("No such round in your organisation.");
        }
        Object[] r = rows.get(0);
        if (!"CLOSED".equals(r[7])) {
            throw new ProblemException(ProblemType.REPORT_NOT_OPEN, "The overview opens when the round closes ("
                    + ReportAccess.instant(r[2]) + ").");
        }
        return new RoundInfo((UUID) r[0], (String) r[1], ReportAccess.instant(r[2]), ReportAccess.instant(r[3]),
                ((Number) r[4]).intValue(), (UUID) r[5], (Boolean) r[6], (String) r[8]);
    }

    public Overview overview(Caller caller, UUID roundId) {
        RoundInfo round = round(caller, roundId);
        Overview overview = build(caller, round);
        audit.record(caller.organisationId(), caller.personId(), "overview.view", "round", roundId.toString(), null);
        return overview;
    }

    Overview build(Caller caller, RoundInfo round) {
        FrameworkDto framework = frameworks.version(caller.organisationId(), round.versionId()).orElseThrow();
        List<OverviewValue> values = framework.values().stream()
                .map(v -> new OverviewValue(v.id(), v.title(), v.titleEn())).toList();

        // Per evaluee: unit, leader, invited employees, employee ballots.
        @SuppressWarnings("unchecked")
        List<Object[]> evaluees = em.createNativeQuery("""
                select e.id, e.unit_id, e.leader_id,
                       (select count(*) from invitation i where i.evaluee_id = e.id and i.rater_group = 'EMPLOYEE'),
                       (select count(*) from ballot b where b.evaluee_id = e.id and b.rater_group = 'EMPLOYEE'),
                       r.manager_access = 'REPORT' and coalesce(e.manager_id = :caller or p.manager_id = :caller, false)
                from round_evaluee e join round r on r.id = e.round_id join person p on p.id = e.leader_id
                where e.round_id = :round
                """).setParameter("round", round.id()).setParameter("caller", caller.personId()).getResultList();

        // Per node (the root and every unit, each with everything below it), rolled up in SQL.
        @SuppressWarnings("unchecked")
        List<Object[]> cells = em.createNativeQuery(NODES + """
                select n.node, s.value_id, count(distinct b.id) filter (where a.score is not null), avg(a.score)
                from ballot b
                join node n on n.evaluee_id = b.evaluee_id
                join ballot_answer a on a.ballot_id = b.id
                join framework_statement s on s.id = a.statement_id
                where b.round_id = :round and b.rater_group = 'EMPLOYEE'
                group by n.node, s.value_id
                """).setParameter("org", caller.organisationId()).setParameter("round", round.id()).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery(NODES + """
                select n.node,
                       coalesce(sum((select count(*) from invitation i
                                     where i.evaluee_id = n.evaluee_id and i.rater_group = 'EMPLOYEE')), 0),
                       coalesce(sum((select count(*) from ballot b
                                     where b.evaluee_id = n.evaluee_id and b.rater_group = 'EMPLOYEE')), 0)
                from node n group by n.node
                """).setParameter("org", caller.organisationId()).setParameter("round", round.id()).getResultList();

        Map<String, int[]> nodeCounts = new HashMap<>();
        counts.forEach(r -> nodeCounts.put((String) r[0],
                new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()}));
        Map<String, Map<UUID, Object[]>> nodeCells = new HashMap<>();
        cells.forEach(r -> nodeCells.computeIfAbsent((String) r[0], x -> new HashMap<>()).put((UUID) r[1], r));

        // The unit tree, limited to units with someone evaluated below them.
        Map<UUID, UnitRef> units = new HashMap<>();
        org.units(caller.organisationId()).forEach(u -> units.put(u.id(), u));
        List<Suppression.Node> nodes = new ArrayList<>();
        nodes.add(new Suppression.Node(ROOT, null, nodeCounts.getOrDefault(ROOT, new int[2])[1], false));
        for (UnitRef unit : units.values()) {
            int[] c = nodeCounts.get(unit.id().toString());
            if (c != null && c[0] > 0) {
                String parent = unit.parentId() == null || !units.containsKey(unit.parentId()) ? ROOT
                        : unit.parentId().toString();
                nodes.add(new Suppression.Node(unit.id().toString(), parent, c[1], false));
            }
        }
        // Leaders whose reports the caller can read (as HR per policy, as their manager, or their own) are figures
        // too, and may not be hidden here (A7 across views).
        for (Object[] e : evaluees) {
            boolean readable = round.hrReadsReports() || caller.personId().equals(e[2]) || Boolean.TRUE.equals(e[5]);
            if (readable) {
                UUID unit = (UUID) e[1];
                String parent = unit != null && units.containsKey(unit) ? unit.toString() : ROOT;
                nodes.add(new Suppression.Node("leader:" + e[0], parent, ((Number) e[4]).intValue(), true));
            }
        }
        Map<String, MaskReason> mask = Suppression.apply(nodes, round.k());
        Map<UUID, Map<String, MaskReason>> cellMasks = cellMasks(round, nodes, nodeCells, values);

        List<OverviewRow> rows = new ArrayList<>();
        rows.add(row(ROOT, null, round.organisationName(), null, 0, nodeCounts, nodeCells, mask, cellMasks, values));
        addChildren(null, 1, units, nodeCounts, nodeCells, mask, cellMasks, values, rows);

        List<OverviewStatement> ranked = new ArrayList<>();
        if (mask.get(ROOT) == null) {
            Map<UUID, Object[]> statements = statementMeans(round.id());
            for (ValueDto value : framework.values()) {
                for (StatementDto statement : value.statements()) {
                    Object[] r = statements.get(statement.id());
                    if (r != null && r[2] != null) {
                        ranked.add(new OverviewStatement(statement.id(), statement.text(), statement.textEn(),
                                value.title(), ((Number) r[1]).intValue(), Figures.round1(Figures.decimal(r[2]))));
                    }
                }
            }
        }
        List<OverviewStatement> top = ranked.stream()
                .sorted(Comparator.comparing(OverviewStatement::mean).reversed()).limit(5).toList();
        List<OverviewStatement> bottom = ranked.stream().filter(s -> !top.contains(s))
                .sorted(Comparator.comparing(OverviewStatement::mean)).limit(5).toList();
        return new Overview(round.id(), round.name(), round.closedAt(), round.k(), values, rows, top, bottom);
    }

    /** Every evaluee in the round with each node it counts in: the root, its unit and the unit's ancestors. */
    private static final String NODES = """
            with recursive closure(ancestor, descendant) as (
                select id, id from unit where organisation_id = :org
                union all
                select c.ancestor, u.id from closure c join unit u on u.parent_id = c.descendant
            ), node(evaluee_id, node) as (
                select e.id, cast(c.ancestor as text) from round_evaluee e
                join closure c on c.descendant = e.unit_id where e.round_id = :round
                union all
                select e.id, 'root' from round_evaluee e where e.round_id = :round
            )
            """;

    /**
     * A value's cell counts only the ballots that scored the value, which can be fewer than the unit's ballots (some
     * answer "ved ikke" throughout). So each value column is masked again with those counts; a cell is hidden when
     * its row or its column says so (hiding a figure that passed the rule never opens a difference).
     */
    private Map<UUID, Map<String, MaskReason>> cellMasks(RoundInfo round, List<Suppression.Node> nodes,
            Map<String, Map<UUID, Object[]>> nodeCells, List<OverviewValue> values) {
        Map<String, Map<UUID, Integer>> leaderScorers = new HashMap<>();
        if (nodes.stream().anyMatch(Suppression.Node::fixed)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select b.evaluee_id, s.value_id, count(distinct b.id) filter (where a.score is not null)
                    from ballot b
                    join ballot_answer a on a.ballot_id = b.id
                    join framework_statement s on s.id = a.statement_id
                    where b.round_id = :round and b.rater_group = 'EMPLOYEE'
                    group by b.evaluee_id, s.value_id
                    """).setParameter("round", round.id()).getResultList();
            rows.forEach(r -> leaderScorers.computeIfAbsent("leader:" + r[0], x -> new HashMap<>())
                    .put((UUID) r[1], ((Number) r[2]).intValue()));
        }
        Map<UUID, Map<String, MaskReason>> result = new HashMap<>();
        for (OverviewValue value : values) {
            List<Suppression.Node> column = nodes.stream().map(node -> {
                int n;
                if (node.fixed()) {
                    n = leaderScorers.getOrDefault(node.id(), Map.of()).getOrDefault(value.valueId(), 0);
                } else {
                    Object[] cell = nodeCells.getOrDefault(node.id(), Map.of()).get(value.valueId());
                    n = cell == null ? 0 : ((Number) cell[2]).intValue();
                }
                return new Suppression.Node(node.id(), node.parent(), n, node.fixed());
            }).toList();
            result.put(value.valueId(), Suppression.apply(column, round.k()));
        }
        return result;
    }

    private void addChildren(UUID parent, int depth, Map<UUID, UnitRef> units, Map<String, int[]> counts,
            Map<String, Map<UUID, Object[]>> cells, Map<String, MaskReason> mask,
            Map<UUID, Map<String, MaskReason>> cellMasks, List<OverviewValue> values, List<OverviewRow> rows) {
        List<UnitRef> children = units.values().stream()
                .filter(u -> parent == null ? u.parentId() == null || !units.containsKey(u.parentId())
                        : parent.equals(u.parentId()))
                .filter(u -> counts.containsKey(u.id().toString()) && counts.get(u.id().toString())[0] > 0)
                .sorted(Comparator.comparing(UnitRef::name)).toList();
        for (UnitRef unit : children) {
            rows.add(row(unit.id().toString(), unit.id(), unit.name(), parent, depth, counts, cells, mask, cellMasks,
                    values));
            addChildren(unit.id(), depth + 1, units, counts, cells, mask, cellMasks, values, rows);
        }
    }

    private static OverviewRow row(String node, UUID unitId, String name, UUID parent, int depth,
            Map<String, int[]> counts, Map<String, Map<UUID, Object[]>> cells, Map<String, MaskReason> mask,
            Map<UUID, Map<String, MaskReason>> cellMasks, List<OverviewValue> values) {
        int[] c = counts.getOrDefault(node, new int[2]);
        MaskReason masked = mask.get(node);
        List<OverviewCell> row = new ArrayList<>();
        for (OverviewValue value : values) {
            Object[] r = cells.getOrDefault(node, Map.of()).get(value.valueId());
            MaskReason cellMask = masked != null ? masked : cellMasks.get(value.valueId()).get(node);
            if (cellMask != null) {
                row.add(new OverviewCell(value.valueId(), null, null, cellMask));
            } else {
                row.add(new OverviewCell(value.valueId(), r == null ? 0 : ((Number) r[2]).intValue(),
                        r == null ? null : Figures.round1(Figures.decimal(r[3])), null));
            }
        }
        Integer rate = c[0] == 0 ? null : (int) Math.round(c[1] * 100.0 / c[0]);
        return new OverviewRow(unitId, name, parent, depth, c[0], c[1], rate, masked, row);
    }

    private Map<UUID, Object[]> statementMeans(UUID roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.statement_id, count(a.score), avg(a.score)
                from ballot b join ballot_answer a on a.ballot_id = b.id
                where b.round_id = :round and b.rater_group = 'EMPLOYEE'
                group by a.statement_id
                """).setParameter("round", roundId).getResultList();
        Map<UUID, Object[]> result = new HashMap<>();
        rows.forEach(r -> result.put((UUID) r[0], r));
        return result;
    }

    // ---- statement quality (O2) ----

    public QualityReport quality(Caller caller, UUID roundId) {
        RoundInfo round = round(caller, roundId);
        QualityReport report = buildQuality(caller, round);
        audit.record(caller.organisationId(), caller.personId(), "quality.view", "round", roundId.toString(), null);
        return report;
    }

    QualityReport buildQuality(Caller caller, RoundInfo round) {
        return buildQuality(caller, round, build(caller, round));
    }

    /** Statement quality beside an overview already built for the same caller (the export needs both). */
    QualityReport buildQuality(Caller caller, RoundInfo round, Overview overview) {
        FrameworkDto framework = frameworks.version(caller.organisationId(), round.versionId()).orElseThrow();
        int ballots = ((Number) em.createNativeQuery(
                "select count(*) from ballot where round_id = :round and rater_group = 'EMPLOYEE'")
                .setParameter("round", round.id()).getSingleResult()).intValue();
        // Organisation-wide figures: shown only where the overview shows the organisation's row (A7 across views).
        boolean shown = ballots >= round.k() && overview.rows().get(0).masked() == null;
        Map<UUID, Object[]> items = new HashMap<>();
        Map<UUID, Object[]> itemRest = new HashMap<>();
        Map<UUID, Object[]> totals = new HashMap<>();
        if (shown) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(EMPLOYEE_ANSWERS + """
                    select statement_id, count(score), count(*) filter (where score is null), avg(score),
                           stddev_samp(score)
                    from answer group by statement_id
                    """).setParameter("round", round.id()).setParameter("version", round.versionId())
                    .getResultList();
            rows.forEach(r -> items.put((UUID) r[0], r));
            @SuppressWarnings("unchecked")
            List<Object[]> rest = em.createNativeQuery(EMPLOYEE_ANSWERS + """
                    select statement_id, corr(score, total - score), var_samp(score) from scored group by statement_id
                    """).setParameter("round", round.id()).setParameter("version", round.versionId())
                    .getResultList();
            rest.forEach(r -> itemRest.put((UUID) r[0], r));
            @SuppressWarnings("unchecked")
            List<Object[]> value = em.createNativeQuery(EMPLOYEE_ANSWERS + """
                    select value_id, count(*), var_samp(total)
                    from (select distinct ballot_id, value_id, total from scored) per_ballot group by value_id
                    """).setParameter("round", round.id()).setParameter("version", round.versionId())
                    .getResultList();
            value.forEach(r -> totals.put((UUID) r[0], r));
        }

        List<ValueQuality> values = new ArrayList<>();
        for (ValueDto value : framework.values()) {
            Object[] total = totals.get(value.id());
            int complete = total == null ? 0 : ((Number) total[1]).intValue();
            List<StatementQuality> statements = new ArrayList<>();
            double itemVariances = 0;
            boolean allVariances = true;
            for (StatementDto statement : value.statements()) {
                Object[] item = items.get(statement.id());
                Object[] ir = itemRest.get(statement.id());
                if (ir != null && ir[2] != null) {
                    itemVariances += ((Number) ir[2]).doubleValue();
                } else {
                    allVariances = false;
                }
                statements.add(statementQuality(statement, item, ir, complete));
            }
            Double alpha = null;
            int m = value.statements().size();
            if (shown && m >= 2 && complete >= 2 && allVariances && total[2] != null
                    && ((Number) total[2]).doubleValue() > 0) {
                double a = m / (m - 1.0) * (1 - itemVariances / ((Number) total[2]).doubleValue());
                alpha = round(a, 2);
            }
            values.add(new ValueQuality(value.id(), value.title(), value.titleEn(), alpha, complete, statements));
        }
        return new QualityReport(round.id(), round.name(), shown ? ballots : 0, shown, values);
    }

    /** Employee answers of the round, and those of ballots that scored every statement of a value with the total. */
    private static final String EMPLOYEE_ANSWERS = """
            with answer as (
                select b.id as ballot_id, s.value_id, a.statement_id, a.score
                from ballot b
                join ballot_answer a on a.ballot_id = b.id
                join framework_statement s on s.id = a.statement_id
                where b.round_id = :round and b.rater_group = 'EMPLOYEE'
            ), items as (
                select s.value_id, count(*) as items
                from framework_statement s join framework_value v on v.id = s.value_id
                where v.version_id = :version group by s.value_id
            ), complete as (
                select a.ballot_id, a.value_id from answer a join items i on i.value_id = a.value_id
                group by a.ballot_id, a.value_id, i.items having count(a.score) = i.items
            ), scored as (
                select a.*, sum(a.score) over (partition by a.ballot_id, a.value_id) as total
                from answer a join complete c on c.ballot_id = a.ballot_id and c.value_id = a.value_id
            )
            """;

    private static StatementQuality statementQuality(StatementDto statement, Object[] item, Object[] itemRest,
            int complete) {
        if (item == null) {
            return new StatementQuality(statement.id(), statement.text(), statement.textEn(), 0, 0, null, null, null,
                    null, List.of(), List.of());
        }
        int n = ((Number) item[1]).intValue();
        int dontKnow = ((Number) item[2]).intValue();
        Double mean = Figures.round1(Figures.decimal(item[3]));
        Double sd = item[4] == null ? null : round(((Number) item[4]).doubleValue(), 2);
        double share = n + dontKnow == 0 ? 0 : dontKnow / (double) (n + dontKnow);
        Double correlation = itemRest == null || itemRest[1] == null ? null
                : round(((Number) itemRest[1]).doubleValue(), 2);
        List<QualityFlag> flags = new ArrayList<>();
        List<String> advice = new ArrayList<>();
        if (share > CANNOT_OBSERVE_SHARE) {
            flags.add(QualityFlag.CANNOT_OBSERVE);
            advice.add("Mange medarbejdere har svaret \"ved ikke\". Udsagnet beskriver måske adfærd, de ikke ser i "
                    + "hverdagen. Overvej at omformulere det, så det handler om noget, medarbejderne selv oplever – "
                    + "eller at lade lederens egen leder eller lederkolleger vurdere det i stedet.");
        }
        if (sd != null && sd >= HIGH_SPREAD_SD) {
            flags.add(QualityFlag.HIGH_SPREAD);
            advice.add("Svarene spreder sig meget. Enten læser medarbejderne udsagnet forskelligt, eller deres "
                    + "oplevelser er reelt forskellige. Drøft i ledergruppen, hvilket billede udsagnet skal skabe, og "
                    + "gør ordlyden mere konkret.");
        }
        if (correlation != null && complete >= MIN_COMPLETE_FOR_CORRELATION && correlation < LOW_ITEM_REST) {
            flags.add(QualityFlag.LOW_CORRELATION);
            advice.add("Udsagnet hænger kun svagt sammen med værdiens andre udsagn og måler måske noget andet end "
                    + "værdien. Overvej at flytte det til en anden værdi eller at omformulere det.");
        }
        return new StatementQuality(statement.id(), statement.text(), statement.textEn(), n, dontKnow,
                round(share * 100, 1), mean, sd, correlation, flags, advice);
    }

    static Double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
