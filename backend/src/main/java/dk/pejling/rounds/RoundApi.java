package dk.pejling.rounds;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the rounds API takes and returns. */
public final class RoundApi {

    private RoundApi() {
    }

    @Schema(name = "RoundInput", description = "A round's settings. Thresholds default to k = 5 and kStory = k.")
    public record RoundInput(
            @NotNull UUID frameworkVersionId,
            @NotBlank @Size(min = 2, max = 200) String name,
            @NotNull @Schema(description = "When the round closes and reports open") Instant closesAt,
            @Min(3) @Max(10) @Schema(
                    description = "Anonymity threshold: employee results need at least k ballots") Integer k,
            @Min(3) @Max(20) @Schema(
                    description = "Stories need at least kStory employee ballots; at least k") Integer kStory,
            Boolean includeSelf,
            Boolean includeManager,
            @Schema(description = "May the leader's manager read the leader's report") Access managerAccess,
            @Schema(description = "May HR read individual leader reports (HR always sees the overview)") Access hrAccess,
            @Min(1) @Max(120) Integer retentionMonths,
            @Min(0) @Max(30) @Schema(
                    description = "Automatic reminder this many days before closing; 0 for none") Integer reminderDaysBefore,
            @Schema(description = "Leaders must confirm their respondent lists before launch") Boolean confirmRespondents,
            @Min(3) @Max(10) @Schema(description = "Leader colleagues' threshold: their figures need at least kPeer "
                    + "colleague ballots; default 3") Integer kPeer) {
    }

    @Schema(name = "AddEvaluees", description = "Leaders to evaluate, given directly or as units (every leader in "
            + "the units and their sub-units)")
    public record AddEvaluees(@Size(max = 500) List<@NotNull UUID> leaderIds,
            @Size(max = 100) List<@NotNull UUID> unitIds) {
    }

    @Schema(name = "RespondentList", description = "The employees to invite about a leader, replacing the list")
    public record RespondentList(@NotNull @Size(max = 500) List<@NotNull UUID> personIds) {
    }

    @Schema(name = "RoundSummary")
    public record RoundSummary(@NotNull UUID id, @NotNull String name, @NotNull RoundStatus status,
            @NotNull Instant closesAt, Instant createdAt, Instant launchedAt, Instant closedAt, int evalueeCount) {
    }

    @Schema(name = "Round")
    public record RoundDto(@NotNull UUID id, @NotNull String name, @NotNull RoundStatus status,
            @NotNull UUID frameworkVersionId, @NotNull String frameworkName, @NotNull Instant closesAt, int k,
            int kStory, int kPeer, boolean includeSelf, boolean includeManager, @NotNull Access managerAccess,
            @NotNull Access hrAccess, int retentionMonths, int reminderDaysBefore, boolean confirmRespondents,
            Instant createdAt, Instant launchedAt, Instant closedAt, @NotNull List<EvalueeDto> evaluees,
            @NotNull MailStatus mail, @NotNull Retention retention) {
    }

    @Schema(name = "Retention", description = "When the round's data is removed. Names, e-mails and survey links go "
            + "a short grace period after closing; ballots, answers and stories when the retention period ends (the "
            + "leaders' reports keep their counted figures). Null until the round has closed.")
    public record Retention(
            @Schema(description = "When invitations (names, e-mails) and links will be removed") Instant personalDataRemoval,
            Instant personalDataRemovedAt,
            @Schema(description = "When ballots, answers and stories will be removed") Instant answersRemoval,
            Instant answersRemovedAt) {
    }

    @Schema(name = "Evaluee", description = "A leader in the round. Before launch `employees` lists who will be "
            + "asked; after launch only counts are shown.")
    public record EvalueeDto(@NotNull UUID leaderId, @NotNull String name, String unit, Instant confirmedAt,
            @NotNull List<PersonDto> employees,
            @NotNull @Schema(
                    description = "Colleagues to be asked (before launch); proposed ones wait for HR") List<PeerDto> peers,
            boolean self, boolean manager, @NotNull List<GroupCount> invited) {
    }

    @Schema(name = "PeerCandidate", description = "A leader the caller may propose as a colleague: name and unit only")
    public record PeerCandidate(@NotNull UUID id, @NotNull String name, String unitName) {
    }

    @Schema(name = "RoundPeer", description = "A leader colleague to be asked about the leader")
    public record PeerDto(@NotNull UUID id, @NotNull String name,
            @Schema(description = "Proposed by the leader and not yet approved by HR") boolean proposed) {
    }

    @Schema(name = "RoundPerson")
    public record PersonDto(@NotNull UUID id, @NotNull String name) {
    }

    @Schema(name = "GroupCount")
    public record GroupCount(@NotNull RaterGroup group, int invited) {
    }

    @Schema(name = "MailStatus", description = "Invitation mails of the round, with the addresses that failed, and "
            + "reminders as totals only: who was reminded is never stored")
    public record MailStatus(long pending, long sent, long failed, @NotNull List<String> failedRecipients,
            @Schema(description = "Reminders sent") long reminded,
            @Schema(description = "Reminders that could not be sent") long reminderFailures,
            @Schema(description = "Reminders are going out now") boolean remindersRunning) {
    }

    @Schema(name = "Progress", description = "Answers so far. HR: per unit and group, and per leader whether the "
            + "threshold k is reached; employee counts below k are never sent, nor counts that could be subtracted "
            + "from others to give one. A leader: their own rate, rounded to 10 %, once k employees have answered.")
    public record ProgressDto(@NotNull UUID roundId, @NotNull RoundStatus status,
            @Schema(description = "The round's anonymity threshold") int k, @NotNull List<UnitProgress> units,
            @NotNull @Schema(description = "The whole round per group") List<GroupProgress> totals,
            @NotNull @Schema(
                    description = "HR: each leader's employees, invited and whether k have answered") List<LeaderStatus> leaders,
            LeaderProgress own) {
    }

    @Schema(name = "UnitProgress")
    public record UnitProgress(String unit, @NotNull RaterGroup group, long invited,
            @Schema(description = "Null when hidden: fewer than k employees, or a count that could be subtracted "
                    + "from the leaders' counts to give one below k") Long submitted) {
    }

    @Schema(name = "GroupProgress")
    public record GroupProgress(@NotNull RaterGroup group, long invited,
            @Schema(description = "Null when hidden, as for a unit") Long submitted) {
    }

    @Schema(name = "LeaderStatus", description = "A leader's employees in the round: invited, and whether at least k "
            + "have answered; the count only from k")
    public record LeaderStatus(@NotNull UUID leaderId, @NotNull String name, String unit, long invited,
            boolean thresholdReached, @Schema(description = "Null below k") Long submitted) {
    }

    @Schema(name = "LeaderProgress")
    public record LeaderProgress(boolean thresholdReached,
            @Schema(description = "Employee response rate in per cent, rounded to 10; null below k") Integer ratePercent) {
    }

    @Schema(name = "RespondentConfirmation", description = "A leader's own respondent list in a draft round that "
            + "asks the leaders to confirm theirs")
    public record RespondentConfirmation(@NotNull UUID roundId, @NotNull String roundName, @NotNull Instant closesAt,
            @Schema(description = "The round's anonymity threshold") int k, Instant confirmedAt,
            @NotNull @Schema(
                    description = "The employees who will be asked about the leader") List<PersonDto> employees,
            @NotNull @Schema(description = "The leader colleagues who will be asked, and those the leader proposed "
                    + "that wait for HR") List<PeerDto> peers) {
    }

    @Schema(name = "ConfirmationRequest", description = "How many leaders were mailed a request to confirm their list")
    public record ConfirmationRequest(int mailed) {
    }

    @Schema(name = "ReminderResult", description = "How many have not answered and will be reminded; never who")
    public record ReminderResult(int queued) {
    }

    @Schema(name = "LaunchSummary")
    public record LaunchSummary(@NotNull RoundDto round, int invitations) {
    }
}
