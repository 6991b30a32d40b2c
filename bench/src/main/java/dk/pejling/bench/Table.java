package dk.pejling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's result: one row per figure, printed as a Markdown table. */
final class Table {

    record Row(String what, String measured, String baseline, String ratio, String target, String met) {
    }

    final List<Row> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void add(String what, String measured, String baseline, String ratio, String target, Boolean met) {
        rows.add(new Row(what, measured, baseline, ratio, target, met == null ? "" : met ? "yes" : "**no**"));
    }

    void note(String format, Object... args) {
        notes.add(String.format(Locale.ROOT, format, args));
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| what | measured | same work in SQL / reference | ratio | target | met |\n");
        out.append("|---|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.what()).append(" | ").append(r.measured()).append(" | ").append(r.baseline())
                    .append(" | ").append(r.ratio()).append(" | ").append(r.target()).append(" | ").append(r.met())
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            for (String note : notes) {
                out.append("- ").append(note).append('\n');
            }
        }
        return out.toString();
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String pct(Stats s) {
        return String.format(Locale.ROOT, "p50 %s, p95 %s, p99 %s", ms(s.p50()), ms(s.p95()), ms(s.p99()))
                .replace(" ms,", ",");
    }

    static String ratio(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? "–" : String.format(Locale.ROOT, "%.2f", r);
    }

    static String num(double n, String unit) {
        return String.format(Locale.ROOT, n >= 100 ? "%,.0f%s" : "%.1f%s", n, unit);
    }
}
