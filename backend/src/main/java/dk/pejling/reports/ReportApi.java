package dk.pejling.reports;

import dk.pejling.rounds.RaterGroup;
import dk.pejling.rounds.RoundStatus;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the report and overview API returns. Means carry one decimal; "ved ikke" never counts in a mean. */
public final class ReportApi {

    private ReportApi() {
    }

    /** Why the caller may read a report. */
    public enum Relation {
        OWN, MANAGER, HR
    }

    @Schema(name = "ReportSummary", description = "A report the caller may read, or will be able to read when the "
            + "round closes")
    public record ReportSummary(@NotNull UUID roundId, @NotNull String roundName, @NotNull RoundStatus roundStatus,
            @NotNull Instant closesAt, Instant closedAt, @NotNull UUID leaderId, @NotNull String leaderName,
            String unitName, @NotNull Relation relation,
            @Schema(description = "The report can be read now (the round is closed)") boolean available,
            @Schema(description = "A development plan has been written") boolean hasPlan) {
    }

    @Schema(name = "EmployeeFigures", description = "Employee ratings, shown only from k employees that scored")
    public record EmployeeFigures(
            @Schema(description = "Ballots that gave a score (1-5)") int n,
            @Schema(description = "Mean of the scores, one decimal") Double mean,
            @Schema(description = "Answers \"ved ikke\"") int dontKnow,
            @NotNull @Schema(description = "Number of answers 1, 2, 3, 4, 5", minItems = 5,
                    maxItems = 5) List<Integer> distribution) {
    }

    @Schema(name = "SingleRating", description = "A rating from a group of one (self or manager): not anonymous. "
            + "`score` is null for \"ved ikke\"; for a value it is the mean of the value's statements.")
    public record SingleRating(Double score, @Schema(description = "Always false: a group of one") boolean anonymous) {
    }

    @Schema(name = "Trend", description = "The same statement (same identity) or value in the leader's previous "
            + "closed round")
    public record Trend(@NotNull Double previousMean, @NotNull Double change) {
    }

    @Schema(name = "StatementReport")
    public record StatementReport(@NotNull UUID statementId, @NotNull UUID identity, @NotNull String text,
            String textEn, @NotNull UUID valueId, EmployeeFigures employees,
            @Schema(description = "Why the employee figures are absent although the report shows employees' results: "
                    + "too few scored this statement (the rest answered \"ved ikke\"), or it could be subtracted "
                    + "from other figures") MaskReason employeesMasked,
            SingleRating self, SingleRating manager,
            @Schema(description = "Self score minus the employee mean") Double gap,
            @Schema(description = "The organisation's employee mean for the statement in this round") Double benchmark,
            Trend trend,
            @Schema(description = "The leader colleagues' figures, on their own: from kPeer colleagues that scored the "
                    + "statement") EmployeeFigures peers) {
    }

    @Schema(name = "ValueReport")
    public record ValueReport(@NotNull UUID valueId, @NotNull String title, String titleEn, Integer kodeksPoint,
            EmployeeFigures employees, MaskReason employeesMasked, SingleRating self, SingleRating manager, Double gap,
            Double benchmark,
            Trend trend, @NotNull List<StatementReport> statements,
            @NotNull @Schema(
                    description = "Stories about this value, in random order, without dates or ids") List<StoryDto> stories,
            @Schema(description = "The leader colleagues' figures for the value: only when every statement of the "
                    + "value shows theirs") EmployeeFigures peers) {
    }

    @Schema(name = "Story")
    public record StoryDto(@NotNull RaterGroup group, @NotNull String text) {
    }

    @Schema(name = "StatementRef", description = "A statement singled out in a report (top, bottom, blind spot)")
    public record StatementRef(@NotNull UUID statementId, @NotNull String text, String textEn,
            @NotNull String valueTitle, Double mean, Double self, Double gap) {
    }

    @Schema(name = "ResponseRate", description = "Submitted of invited per rater group. Below its threshold an "
            + "anonymous group's count (employees, leader colleagues) is withheld.")
    public record ResponseRate(@NotNull RaterGroup group, int invited, Integer submitted,
            @Schema(description = "Percent, whole number") Integer rate) {
    }

    @Schema(name = "RoundRef")
    public record RoundRef(@NotNull UUID roundId, @NotNull String name, Instant closedAt) {
    }

    @Schema(name = "LeaderReport", description = "A leader's report for a closed round. When `employeesShown` is "
            + "false (fewer than k employee ballots) no employee figure or story appears; self and manager ratings "
            + "still do, labelled as not anonymous.")
    public record LeaderReport(@NotNull UUID roundId, @NotNull String roundName, Instant closedAt,
            @NotNull UUID leaderId, @NotNull String leaderName, String unitName, @NotNull String frameworkName,
            int k, int kStory, boolean employeesShown, boolean storiesShown, boolean includeSelf,
            boolean includeManager, @NotNull List<ResponseRate> responseRates, @NotNull List<ValueReport> values,
            @NotNull List<StatementRef> top, @NotNull List<StatementRef> bottom,
            @NotNull @Schema(description = "Self at least 1 point above the employees") List<StatementRef> blindSpots,
            @NotNull @Schema(
                    description = "Self at least 1 point below the employees") List<StatementRef> hiddenStrengths,
            @Schema(description = "The previous closed round the trend compares with") RoundRef previousRound,
            @Schema(description = "The development plan from the previous round, shown beside the new numbers") PlanView previousPlan,
            @NotNull @Schema(description = "Who besides the leader can read this report") Readers readers,
            @Schema(description = "The stories were removed when the round's retention period ended") boolean storiesRemoved,
            @NotNull @Schema(
                    description = "Who reads: the leader, or the manager or HR reading about the leader") Relation relation,
            @Schema(description = "The leader colleagues' threshold") int kPeer,
            @Schema(description = "At least kPeer colleagues answered, so their figures and stories may show") boolean peersShown) {
    }

    @Schema(name = "ReportReaders", description = "Who besides the leader can read the report: the manager fixed at "
            + "launch (or whom an admin handed the report over to, which the leader is told about), and HR when the "
            + "round shares reports with HR")
    public record Readers(String managerName, boolean hr) {
    }

    /** The development plan as it appears inside a report; the full plan lives in the LUS API. */
    @Schema(name = "PlanView")
    public record PlanView(@NotNull UUID roundId, @NotNull String roundName, @NotNull List<PlanGoalView> goals) {
    }

    @Schema(name = "PlanGoalView")
    public record PlanGoalView(@NotNull String title, String valueTitle, String statementText, String actions,
            String dueDate, @NotNull String status) {
    }

    // ---- HR overview ----

    @Schema(name = "OverviewCell", description = "Employee mean for a unit (with its sub-units) and a value. "
            + "`masked` cells carry no figures, only the reason.")
    public record OverviewCell(@NotNull UUID valueId, Integer n, Double mean, MaskReason masked) {
    }

    /** Why a figure is hidden. */
    public enum MaskReason {
        @Schema(description = "Fewer than k employee ballots scored it")
        BELOW_THRESHOLD,
        @Schema(description = "Hidden so that it cannot be combined with other figures to reveal a small group")
        DIFFERENCING,
        @Schema(description = "No employee ballots")
        NO_ANSWERS
    }

    @Schema(name = "OverviewRow", description = "A unit with everything below it")
    public record OverviewRow(UUID unitId, @NotNull String unitName, UUID parentUnitId, int depth,
            int invited, int submitted, @Schema(description = "Percent, whole number") Integer rate,
            MaskReason masked, @NotNull List<OverviewCell> cells) {
    }

    @Schema(name = "OverviewValue")
    public record OverviewValue(@NotNull UUID valueId, @NotNull String title, String titleEn) {
    }

    @Schema(name = "OverviewStatement")
    public record OverviewStatement(@NotNull UUID statementId, @NotNull String text, String textEn,
            @NotNull String valueTitle, int n, Double mean) {
    }

    @Schema(name = "Overview", description = "The organisation's results for a closed round. The first row "
            + "is the whole organisation.")
    public record Overview(@NotNull UUID roundId, @NotNull String roundName, Instant closedAt, int k,
            @NotNull List<OverviewValue> values, @NotNull List<OverviewRow> rows,
            @NotNull List<OverviewStatement> top, @NotNull List<OverviewStatement> bottom) {
    }

    // ---- Statement quality ----

    /** Why a statement is flagged. */
    public enum QualityFlag {
        @Schema(description = "More than 20 % answered \"ved ikke\": employees cannot observe it")
        CANNOT_OBSERVE,
        @Schema(description = "High spread: employees disagree or read it differently")
        HIGH_SPREAD,
        @Schema(description = "Low item-rest correlation: it does not measure what the value's other statements do")
        LOW_CORRELATION
    }

    @Schema(name = "StatementQuality", description = "A statement across the round. `masked` statements carry no "
            + "figures, only the reason.")
    public record StatementQuality(@NotNull UUID statementId, @NotNull String text, String textEn, Integer n,
            Integer dontKnow, @Schema(description = "Percent, one decimal") Double dontKnowRate, Double mean,
            @Schema(description = "Sample standard deviation") Double sd,
            @Schema(description = "Correlation with the sum of the value's other statements (complete ballots)") Double itemRest,
            @NotNull List<QualityFlag> flags, MaskReason masked) {
    }

    @Schema(name = "ValueQuality")
    public record ValueQuality(@NotNull UUID valueId, @NotNull String title, String titleEn,
            @Schema(description = "Cronbach's alpha over ballots that scored every statement of the value") Double alpha,
            @Schema(description = "Ballots that scored every statement of the value") Integer completeBallots,
            @NotNull List<StatementQuality> statements) {
    }

    @Schema(name = "StatementQualityReport", description = "Does the ledelsesgrundlag create the same pictures in "
            + "everybody? Figures over all employee ballots of the round.")
    public record QualityReport(@NotNull UUID roundId, @NotNull String roundName, int ballots, boolean shown,
            @NotNull List<ValueQuality> values) {
    }
}
