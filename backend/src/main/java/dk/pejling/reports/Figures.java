package dk.pejling.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are shown: means with one decimal, rounded half up; differences as the reader would compute them. */
final class Figures {

    private Figures() {
    }

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
