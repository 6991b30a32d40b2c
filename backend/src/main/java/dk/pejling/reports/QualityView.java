package dk.pejling.reports;

import dk.pejling.reports.ReportApi.QualityFlag;
import dk.pejling.reports.ReportApi.QualityReport;
import dk.pejling.reports.ReportApi.StatementQuality;
import dk.pejling.reports.ReportApi.ValueQuality;
import dk.pejling.reports.RoundResults.Cell;
import dk.pejling.reports.RoundResults.Statement;
import dk.pejling.reports.RoundResults.Value;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Does the ledelsesgrundlag create the same pictures in everybody? Per statement across the round: how many scored
 * it, how many answered "ved ikke", the mean and the spread, and how it hangs together with the value's other
 * statements; per value Cronbach's alpha. Flags say what to look at; the app writes the advice.
 */
@ApplicationScoped
class QualityView {

    /** More "ved ikke" than this share: employees cannot observe the behaviour. */
    static final double CANNOT_OBSERVE_SHARE = 0.20;
    /** A standard deviation from this on a 1-5 scale: answers spread widely. */
    static final double HIGH_SPREAD_SD = 1.2;
    /** An item-rest correlation below this: the statement measures something else than its value. */
    static final double LOW_ITEM_REST = 0.3;
    /** Correlations from fewer complete ballots are too noisy to flag. */
    static final int MIN_COMPLETE_FOR_CORRELATION = 10;

    QualityReport build(OverviewService.View view) {
        RoundResults r = view.loaded().results();
        Disclosure.Plan plan = view.plan();
        int ballots = 0;
        for (int e = 0; e < r.evaluees.size(); e++) {
            ballots += r.employeeBallots(e);
        }
        boolean anyShown = false;
        List<ValueQuality> values = new ArrayList<>();
        for (Value value : r.values) {
            List<StatementQuality> statements = new ArrayList<>();
            int complete = r.complete[value.index()];
            for (int s = value.first(); s < value.first() + value.count(); s++) {
                Statement statement = r.statements.get(s);
                if (plan.rootStatement[s] != null) {
                    statements.add(new StatementQuality(statement.id(), statement.text(), statement.textEn(), null,
                            null, null, null, null, null, List.of(), plan.rootStatement[s]));
                    continue;
                }
                anyShown = true;
                Cell cell = ReportService.organisation(r, s);
                Double itemRest = plan.itemRest[s] && r.itemRest[s] != null ? round(r.itemRest[s], 2) : null;
                statements.add(statement(statement, cell, itemRest, complete));
            }
            boolean alpha = plan.alpha[value.index()];
            values.add(new ValueQuality(value.id(), value.title(), value.titleEn(),
                    alpha && r.alpha[value.index()] != null ? round(r.alpha[value.index()], 2) : null,
                    alpha ? complete : null, statements));
        }
        return new QualityReport(r.round.id(), r.round.name(), anyShown ? ballots : 0, anyShown, values);
    }

    private static StatementQuality statement(Statement statement, Cell cell, Double itemRest, int complete) {
        int n = cell.scored();
        int dontKnow = cell.dontKnow();
        Double sd = n < 2 ? null : round(Math.sqrt(Math.max(0,
                (cell.squares() - (double) cell.total() * cell.total() / n) / (n - 1))), 2);
        double share = n + dontKnow == 0 ? 0 : dontKnow / (double) (n + dontKnow);
        List<QualityFlag> flags = new ArrayList<>();
        if (share > CANNOT_OBSERVE_SHARE) {
            flags.add(QualityFlag.CANNOT_OBSERVE);
        }
        if (sd != null && sd >= HIGH_SPREAD_SD) {
            flags.add(QualityFlag.HIGH_SPREAD);
        }
        if (itemRest != null && complete >= MIN_COMPLETE_FOR_CORRELATION && itemRest < LOW_ITEM_REST) {
            flags.add(QualityFlag.LOW_CORRELATION);
        }
        return new StatementQuality(statement.id(), statement.text(), statement.textEn(), n, dontKnow,
                round(share * 100, 1), Figures.round1(cell.mean()), sd, itemRest, flags, null);
    }

    static Double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
