package dk.pejling.lus;

import dk.pejling.common.AuditLog;
import dk.pejling.framework.FrameworkService;
import dk.pejling.framework.TemplateCatalog;
import dk.pejling.framework.TemplateCatalog.Dilemma;
import dk.pejling.lus.LusApi.DilemmaDto;
import dk.pejling.lus.LusApi.Guide;
import dk.pejling.lus.LusApi.GuideBasis;
import dk.pejling.lus.LusApi.GuideStatement;
import dk.pejling.lus.LusApi.GuideValue;
import dk.pejling.reports.ReportAccess;
import dk.pejling.reports.ReportAccess.Caller;
import dk.pejling.reports.ReportAccess.Subject;
import dk.pejling.reports.ReportApi.LeaderReport;
import dk.pejling.reports.ReportApi.StatementReport;
import dk.pejling.reports.ReportApi.ValueReport;
import dk.pejling.reports.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The LUS conversation guide (L1, L2), built from the report: per value the strongest and weakest statements and the
 * guide's three questions; for a framework made from the Kodeks template, the dilemmas that the two weakest values'
 * kodekspunkter throw light on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GuideService {

    /** The questions of the guide (Ledelsesgrundlag - en vejviser), asked of every value. */
    public static final List<String> QUESTIONS = List.of("Hvad vil du holde fast i?",
            "Hvad vil du gøre mere af – og mindre af?", "Hvad vil du øve dig i, alene og sammen med andre?");

    private final ReportAccess access;
    private final ReportService reports;
    private final FrameworkService frameworks;
    private final TemplateCatalog templates;
    private final AuditLog audit;

    GuideService(ReportAccess access, ReportService reports, FrameworkService frameworks, TemplateCatalog templates,
            AuditLog audit) {
        this.access = access;
        this.reports = reports;
        this.frameworks = frameworks;
        this.templates = templates;
        this.audit = audit;
    }

    public Guide guide(Caller caller, UUID roundId, UUID leaderId) {
        Subject subject = access.require(caller, roundId, leaderId, "guide");
        Guide guide = build(subject, reports.build(subject));
        audit.record(caller.organisationId(), caller.personId(), "guide.view", "report", roundId + "/" + leaderId,
                subject.relation().name());
        return guide;
    }

    /** The guide for a report already read with access checked. */
    public Guide build(Subject subject, LeaderReport report) {
        boolean byEmployees = report.employeesShown();
        // The weakest values: by the employees' mean, or by the leader's own rating when employee figures are hidden
        // (and then labelled as such: a self-assessment is never passed off as the employees' view).
        List<ValueReport> rankedValues = report.values().stream().filter(v -> score(v, byEmployees) != null)
                .sorted(Comparator.comparing(v -> score(v, byEmployees))).toList();
        List<ValueReport> weakest = rankedValues.stream().limit(Math.min(2, Math.max(0, rankedValues.size() - 1)))
                .toList();

        List<GuideValue> values = new ArrayList<>();
        for (ValueReport value : report.values()) {
            List<StatementReport> scored = value.statements().stream()
                    .filter(s -> score(s, byEmployees) != null)
                    .sorted(Comparator.comparing((StatementReport s) -> score(s, byEmployees)).reversed()).toList();
            GuideStatement strongest = scored.isEmpty() ? null : statement(scored.get(0));
            GuideStatement weakestStatement = scored.size() < 2 ? null : statement(scored.get(scored.size() - 1));
            values.add(new GuideValue(value.valueId(), value.title(), value.titleEn(),
                    value.employees() == null ? null : value.employees().mean(),
                    value.self() == null ? null : value.self().score(), strongest, weakestStatement,
                    weakest.contains(value)));
        }

        String templateKey = frameworks.version(subject.organisationId(), subject.frameworkVersionId())
                .map(f -> f.templateKey()).orElse(null);
        Map<Integer, DilemmaDto> dilemmas = new LinkedHashMap<>();
        if (TemplateCatalog.KODEKS.equals(templateKey)) {
            for (ValueReport value : weakest) {
                if (value.kodeksPoint() == null) {
                    continue;
                }
                for (Dilemma d : templates.dilemmasFor(templateKey, value.kodeksPoint())) {
                    DilemmaDto known = dilemmas.get(d.number());
                    List<String> through = new ArrayList<>(known == null ? List.of() : known.throughValues());
                    through.add(value.title());
                    dilemmas.put(d.number(), new DilemmaDto(d.number(), d.title(), d.text(), d.values(), through));
                }
            }
        }
        List<DilemmaDto> sorted = dilemmas.values().stream().sorted(Comparator.comparing(DilemmaDto::number)).toList();
        GuideBasis basis = byEmployees ? GuideBasis.EMPLOYEES : rankedValues.isEmpty() && values.stream()
                .allMatch(v -> v.strongest() == null) ? GuideBasis.NONE : GuideBasis.SELF;
        return new Guide(report.roundId(), report.leaderId(), report.leaderName(), subject.relation(),
                report.employeesShown(), report.k(), basis, QUESTIONS, values, sorted);
    }

    private static GuideStatement statement(StatementReport s) {
        return new GuideStatement(s.statementId(), s.text(), s.textEn(),
                s.employees() == null ? null : s.employees().mean(), s.self() == null ? null : s.self().score());
    }

    private static Double score(StatementReport s, boolean byEmployees) {
        if (byEmployees) {
            return s.employees() == null ? null : s.employees().mean();
        }
        return s.self() == null ? null : s.self().score();
    }

    private static Double score(ValueReport v, boolean byEmployees) {
        if (byEmployees) {
            return v.employees() == null ? null : v.employees().mean();
        }
        return v.self() == null ? null : v.self().score();
    }

}
