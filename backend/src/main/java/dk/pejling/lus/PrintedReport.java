package dk.pejling.lus;

import dk.pejling.lus.LusApi.DilemmaDto;
import dk.pejling.lus.LusApi.Guide;
import dk.pejling.lus.LusApi.GuideStatement;
import dk.pejling.reports.ReportApi.EmployeeFigures;
import dk.pejling.reports.ReportApi.LeaderReport;
import dk.pejling.reports.ReportApi.MaskReason;
import dk.pejling.reports.ReportApi.PlanGoalView;
import dk.pejling.reports.ReportApi.PlanView;
import dk.pejling.reports.ReportApi.ResponseRate;
import dk.pejling.reports.ReportApi.SingleRating;
import dk.pejling.reports.ReportApi.StatementRef;
import dk.pejling.reports.ReportApi.StoryDto;
import dk.pejling.reports.ReportApi.Trend;
import dk.pejling.reports.ReportApi.ValueReport;
import dk.pejling.rounds.RaterGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The report and the guide as the PDF shows them (and the Word document borrows from): every figure and word already
 * in Danish, numbers formatted the Danish way, charts as bars whose length is a share and whose label is a count, so
 * that they read in greyscale and without colour.
 */
final class PrintedReport {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final String NONE = "–";
    private static final String[] SCALE = {"1 · i meget ringe grad", "2", "3", "4", "5 · i meget høj grad"};

    private PrintedReport() {
    }

    // ---- the view: everything the template shows, already in Danish ----

    /** {@code own}: the leader reads; otherwise the manager or HR, who are not addressed as the leader ("du"). */
    record View(boolean own, String leaderName, String unitName, String roundName, String frameworkName,
            String closedAt, String createdAt, int k, int kStory, boolean employeesShown, boolean storiesShown,
            boolean includeSelf,
            boolean includeManager, String previousRound, List<Rate> rates, List<Ref> top, List<Ref> bottom,
            List<Ref> blindSpots, List<Ref> hiddenStrengths, List<ValueView> values, PlanSection plan,
            GuideView guide) {

        /**
         * The same document with each value's stories in the order of their text. Stories come in a new random order
         * at every read (docs/anonymity.md), so this is what two documents are compared by: one kept document, in
         * the random order it was rendered in, serves every later download of the same content.
         */
        View inStoryTextOrder() {
            List<ValueView> sorted = values.stream().map(v -> new ValueView(v.title(), v.figures(), v.statements(),
                    v.stories().stream().sorted(Comparator.comparing(StoryView::text)
                            .thenComparing(StoryView::source, Comparator.nullsFirst(Comparator.naturalOrder())))
                            .toList()))
                    .toList();
            return new View(own, leaderName, unitName, roundName, frameworkName, closedAt, createdAt, k, kStory,
                    employeesShown, storiesShown, includeSelf, includeManager, previousRound, rates, top, bottom,
                    blindSpots, hiddenStrengths, sorted, plan, guide);
        }
    }

    record Rate(String group, int invited, String submitted, String rate) {
    }

    record Ref(String text, String value, String mean, String self, String gap) {
    }

    record Figure(String label, String value) {
    }

    record Bar(String label, int count, String width, String share, String shade) {
    }

    record ValueView(String title, List<Figure> figures, List<StatementView> statements, List<StoryView> stories) {
    }

    record StatementView(String text, List<Figure> figures, List<Bar> bars) {
    }

    record StoryView(String text, String source) {
    }

    record PlanSection(String roundName, List<GoalRow> goals) {
    }

    record GoalRow(String title, String about, String actions, String due, String status) {
    }

    record GuideView(String basis, List<String> questions, List<GuideValueView> values, List<DilemmaView> dilemmas) {
    }

    /** {@code figures}: the value's figures, each with what it is ("Medarbejdernes gennemsnit 3,4"). */
    record GuideValueView(String title, String figures, boolean weak, String strongest, String weakest) {
    }

    record DilemmaView(String heading, String text, String through) {
    }

    /** The document; {@code createdAt} is the date printed as the day it was made. */
    static View view(LeaderReport r, Guide guide, String createdAt, boolean own) {
        boolean shown = r.employeesShown();
        List<ValueView> values = r.values().stream().map(v -> value(r, v, own)).toList();
        return new View(own, text(r.leaderName()), text(r.unitName()), text(r.roundName()), text(r.frameworkName()),
                date(r.closedAt()), createdAt, r.k(), r.kStory(), shown, r.storiesShown(), r.includeSelf(),
                r.includeManager(), r.previousRound() == null ? null : text(r.previousRound().name()),
                r.responseRates().stream().map(rate -> rate(rate, rate.group() == RaterGroup.PEER ? r.kPeer() : r.k()))
                        .toList(),
                refs(r.top()), refs(r.bottom()),
                refs(r.blindSpots()), refs(r.hiddenStrengths()), values, plan(r.previousPlan()),
                guide(guide, r, own));
    }

    private static Rate rate(ResponseRate rate, int k) {
        return new Rate(group(rate.group()), rate.invited(),
                rate.submitted() == null ? "færre end " + k : String.valueOf(rate.submitted()),
                rate.rate() == null ? NONE : rate.rate() + " %");
    }

    private static String group(RaterGroup group) {
        return switch (group) {
            case EMPLOYEE -> "Medarbejdere";
            case SELF -> "Selvvurdering";
            case MANAGER -> "Chefens vurdering";
            case PEER -> "Lederkolleger";
        };
    }

    private static List<Ref> refs(List<StatementRef> refs) {
        return refs.stream().map(s -> new Ref(text(s.text()), text(s.valueTitle()), number(s.mean()),
                number(s.self()), signed(s.gap()))).toList();
    }

    private static ValueView value(LeaderReport r, ValueReport v, boolean own) {
        String title = (v.kodeksPoint() == null ? "" : v.kodeksPoint() + ". ") + text(v.title());
        List<StatementView> statements = v.statements().stream()
                .map(s -> new StatementView(text(s.text()),
                        figures(r, s.employees(), s.employeesMasked(), s.self(), s.manager(), s.gap(),
                                s.benchmark(), s.trend(), s.peers()),
                        bars(s.employees())))
                .toList();
        List<StoryView> stories = v.stories().stream().map(story -> story(story, own)).toList();
        return new ValueView(title, figures(r, v.employees(), v.employeesMasked(), v.self(), v.manager(), v.gap(),
                v.benchmark(), v.trend(), v.peers()), statements, stories);
    }

    /** The figures of a statement or value, in the order the reader compares them; employee rows only above k. */
    private static List<Figure> figures(LeaderReport r, EmployeeFigures e, MaskReason masked, SingleRating self,
            SingleRating manager, Double gap, Double benchmark, Trend trend, EmployeeFigures peers) {
        List<Figure> rows = new ArrayList<>();
        if (r.employeesShown()) {
            rows.add(new Figure("Medarbejdernes gennemsnit", e != null ? number(e.mean())
                    : masked == MaskReason.BELOW_THRESHOLD
                            ? "skjult: færre end " + r.k() + " har givet en score (resten svarede »ved ikke«)"
                    : masked == MaskReason.DIFFERENCING ? "skjult for at beskytte en lille gruppe" : NONE));
            rows.add(new Figure("Antal svar", e == null ? NONE : String.valueOf(e.n())));
            rows.add(new Figure("Ved ikke", e == null ? NONE : String.valueOf(e.dontKnow())));
        }
        if (r.includeSelf()) {
            rows.add(new Figure("Selvvurdering (ikke anonym)", self == null ? NONE : number(self.score())));
        }
        if (r.includeManager()) {
            rows.add(new Figure("Chefens vurdering (ikke anonym)",
                    manager == null ? NONE : number(manager.score())));
        }
        // Leader colleagues: a row of their own when the round asked them, never mixed with the employees'.
        if (r.responseRates().stream().anyMatch(rate -> rate.group() == RaterGroup.PEER)) {
            rows.add(new Figure("Lederkollegernes gennemsnit", peers != null
                    ? number(peers.mean()) + " (antal svar: " + peers.n() + ")"
                    : r.peersShown() ? "skjult: for få lederkolleger har givet en score"
                    : "færre end " + r.kPeer() + " lederkolleger har svaret"));
        }
        if (r.employeesShown()) {
            if (r.includeSelf()) {
                rows.add(new Figure("Forskel (selvvurdering − medarbejdere)", signed(gap)));
            }
            rows.add(new Figure("Organisationens gennemsnit", number(benchmark)));
            rows.add(new Figure("Udvikling siden sidst", trend == null ? NONE
                    : signed(trend.change()) + " (før " + number(trend.previousMean()) + ")"));
        }
        return rows;
    }

    /** The distribution 1-5 as bars whose length is the share of those who scored; empty below k. */
    private static List<Bar> bars(EmployeeFigures e) {
        if (e == null) {
            return List.of();
        }
        int total = e.distribution().stream().mapToInt(Integer::intValue).sum();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int count = e.distribution().get(i);
            double share = total == 0 ? 0 : count * 100.0 / total;
            bars.add(new Bar(SCALE[i], count, String.format(Locale.ROOT, "%.1f%%", share),
                    Math.round(share) + " %", "s" + (i + 1)));
        }
        return bars;
    }

    private static StoryView story(StoryDto story, boolean own) {
        String source = switch (story.group()) {
            case EMPLOYEE -> null;
            case SELF -> own ? "Din egen historie (ikke anonym)" : "Lederens egen historie (ikke anonym)";
            case MANAGER -> "Chefens historie (ikke anonym)";
            case PEER -> "En lederkollegas historie";
        };
        return new StoryView(text(story.text()), source);
    }

    private static PlanSection plan(PlanView plan) {
        if (plan == null) {
            return null;
        }
        return new PlanSection(text(plan.roundName()), plan.goals().stream().map(g -> new GoalRow(text(g.title()),
                about(g), g.actions() == null || g.actions().isBlank() ? NONE : text(g.actions()), due(g.dueDate()),
                status(g.status()))).toList());
    }

    private static String about(PlanGoalView g) {
        List<String> parts = new ArrayList<>();
        if (g.valueTitle() != null) {
            parts.add(text(g.valueTitle()));
        }
        if (g.statementText() != null) {
            parts.add(text(g.statementText()));
        }
        return parts.isEmpty() ? NONE : String.join(": ", parts);
    }

    private static String status(String status) {
        return switch (status) {
            case "NOT_STARTED" -> "Ikke startet";
            case "IN_PROGRESS" -> "I gang";
            case "DONE" -> "Gennemført";
            case "DROPPED" -> "Opgivet";
            default -> text(status);
        };
    }

    private static String due(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return NONE;
        }
        try {
            return DATE.format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return text(isoDate);
        }
    }

    private static GuideView guide(Guide guide, LeaderReport report, boolean own) {
        Map<UUID, Integer> points = new HashMap<>();
        report.values().stream().filter(v -> v.kodeksPoint() != null)
                .forEach(v -> points.put(v.valueId(), v.kodeksPoint()));
        List<GuideValueView> values = guide.values().stream().map(v -> new GuideValueView(
                (points.containsKey(v.valueId()) ? points.get(v.valueId()) + ". " : "") + text(v.title()),
                guideFigures(v.mean(), v.self()), v.weak(), statement(v.strongest()), statement(v.weakest())))
                .toList();
        List<DilemmaView> dilemmas = guide.dilemmas().stream().map(d -> dilemma(d, own)).toList();
        String basis = switch (guide.basis()) {
            case EMPLOYEES -> null;
            case SELF -> "Færre end " + guide.k() + " medarbejdere har svaret. Stærkest, svagest og fokus bygger "
                    + "derfor på " + (own ? "din" : "lederens") + " selvvurdering, ikke på medarbejdernes svar.";
            case NONE -> "Færre end " + guide.k() + " medarbejdere har svaret, og der er ingen selvvurdering, så "
                    + "guiden kan ikke pege på stærkeste og svageste udsagn.";
        };
        return new GuideView(basis, guide.questions(), values, dilemmas);
    }

    /** Every figure says whose it is: the employees' mean and the self-assessment are never confused. */
    private static String guideFigures(Double mean, Double self) {
        List<String> parts = new ArrayList<>();
        if (mean != null) {
            parts.add("Medarbejdernes gennemsnit " + number(mean));
        }
        if (self != null) {
            parts.add("selvvurdering " + number(self) + " (ikke anonym)");
        }
        if (parts.isEmpty()) {
            return null;
        }
        String joined = String.join(" · ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String statement(GuideStatement s) {
        if (s == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (s.mean() != null) {
            parts.add("medarbejdernes gennemsnit " + number(s.mean()));
        }
        if (s.self() != null) {
            parts.add("selvvurdering " + number(s.self()));
        }
        return text(s.text()) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static DilemmaView dilemma(DilemmaDto d, boolean own) {
        List<String> points = d.kodeksPoints().stream().map(String::valueOf).toList();
        List<String> values = d.throughValues().stream().map(v -> "»" + text(v) + "«").toList();
        String through = (points.size() == 1 ? "Belyses af kodekspunkt " : "Belyses af kodekspunkterne ") + and(points)
                + " · knyttet til " + (values.size() == 1 ? (own ? "din" : "lederens") + " værdi "
                        : (own ? "dine" : "lederens") + " værdier ")
                + and(values);
        return new DilemmaView("Dilemma " + d.number() + ": " + text(d.title()), text(d.text()), through);
    }

    // ---- Danish formatting ----

    /** "a", "a og b", "a, b og c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
    }

    /** One decimal with a decimal comma; a dash where there is no figure. */
    static String number(Double value) {
        return value == null ? NONE : String.format(DANISH, "%.1f", value);
    }

    /** A difference with its sign: +0,4, −1,2 (a real minus sign) or 0,0. */
    static String signed(Double value) {
        if (value == null) {
            return NONE;
        }
        String abs = String.format(DANISH, "%.1f", Math.abs(value));
        if (abs.equals(String.format(DANISH, "%.1f", 0.0))) {
            return abs;
        }
        return (value > 0 ? "+" : "−") + abs;
    }

    static String date(Instant instant) {
        return instant == null ? NONE : DATE.format(instant.atZone(COPENHAGEN));
    }

    /** Text as stored, less the control characters that XML (and so the renderer) cannot carry. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().filter(c -> c == '\n' || c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                && !(c >= 0x7F && c <= 0x9F) && !(c >= 0xD800 && c <= 0xDFFF))).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
