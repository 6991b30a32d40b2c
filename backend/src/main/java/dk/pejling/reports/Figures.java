package dk.pejling.reports;

import dk.pejling.reports.ReportApi.EmployeeFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** One aggregate row from SQL: ballots that scored, the exact mean, "ved ikke" answers and the distribution 1-5. */
record Figures(int n, BigDecimal mean, int dontKnow, int[] distribution) {

    static final Figures EMPTY = new Figures(0, null, 0, new int[5]);

    /** Reads columns n, mean, dont_know, c1..c5 starting at {@code from}. */
    static Figures of(Object[] row, int from) {
        int[] distribution = new int[5];
        for (int i = 0; i < 5; i++) {
            distribution[i] = ((Number) row[from + 3 + i]).intValue();
        }
        return new Figures(((Number) row[from]).intValue(), decimal(row[from + 1]),
                ((Number) row[from + 2]).intValue(), distribution);
    }

    EmployeeFigures dto() {
        return new EmployeeFigures(n, round1(mean), dontKnow,
                List.of(distribution[0], distribution[1], distribution[2], distribution[3], distribution[4]));
    }

    Double rounded() {
        return round1(mean);
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** Means are shown with one decimal, rounded half up. */
    static Double round1(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The difference of two shown figures, as the reader would compute it from them. */
    static Double difference(Double a, Double b) {
        if (a == null || b == null) {
            return null;
        }
        return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
