package dk.pejling.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the meeting evaluation API takes and returns. */
public final class MeetingsApi {

    private MeetingsApi() {
    }

    @Schema(name = "MeetingInput", description = "A new meeting evaluation. `k` defaults to 3 and is never below 3.")
    public record MeetingInput(@NotBlank @Size(min = 2, max = 200) String name, @NotNull LocalDate meetingDate,
            @NotNull @Schema(description = "A value of the organisation's published ledelsesgrundlag "
                    + "(GET /api/meetings/values)") UUID valueId,
            @Min(3) @Max(10) @Schema(description = "Results need at least k answers") Integer k,
            @Size(max = 200) @Schema(description = "Invite these addresses by mail, each with a single-use link, "
                    + "instead of an open link for everyone at the meeting") List<@NotBlank @Size(
                            max = 254) String> emails) {
    }

    @Schema(name = "MeetingShares", description = "The e-mail addresses of the organisation's people who may read "
            + "the results; replaces the list")
    public record SharesInput(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 254) String> emails) {
    }

    @Schema(name = "MeetingValue", description = "A value a meeting can be evaluated against: one of the latest "
            + "published version of each of the organisation's frameworks")
    public record ValueOption(@NotNull UUID valueId, @NotNull String title, String titleEn, String description,
            String descriptionEn, @NotNull UUID frameworkId, @NotNull String frameworkName) {
    }

    /** Why a result has no figures. */
    public enum Hidden {
        /** Fewer than k answered. */
        TOO_FEW_ANSWERS,
        /** At least k answered, but fewer than k gave a score (the rest answered "ved ikke"). */
        TOO_FEW_SCORES
    }

    @Schema(name = "MeetingResult", description = "The result of a closed meeting evaluation. Figures are given "
            + "only when at least k answered and at least k gave a score; otherwise `hidden` says why and no number "
            + "is given, not even how many answered.")
    public record Result(boolean shown, Hidden hidden, Integer answers, Integer scored, Integer dontKnow,
            @Schema(description = "Mean of the scores, 1 decimal; \"ved ikke\" is not a score") Double mean,
            @Schema(description = "How many gave 1, 2, 3, 4 and 5") List<Integer> distribution,
            @Schema(description = "The stories, in a new random order at every read") List<String> stories,
            @Schema(description = "When the retention period had ended and the answers and stories were deleted "
                    + "(the figures stay); null while they are kept") Instant storiesRemovedAt) {
    }

    @Schema(name = "MeetingShare")
    public record ShareDto(@NotNull UUID personId, @NotNull String name, @NotNull String email) {
    }

    @Schema(name = "MeetingEvaluation", description = "A meeting evaluated against one value. `link` (the "
            + "participants' address, the token in its fragment) and `sharedWith` are given to the leader only; "
            + "`result` once the evaluation is closed.")
    public record MeetingDto(@NotNull UUID id, @NotNull String name, @NotNull LocalDate meetingDate,
            @NotNull UUID valueId, @NotNull String valueTitle, String valueTitleEn, String valueDescription,
            @NotNull String leaderName, boolean own, int k, boolean open, @NotNull Instant closesAt,
            @Schema(description = "Invited by mail: no open link") boolean byMail,
            @Schema(description = "While open: whether k have answered (no count is given)") boolean thresholdReached,
            String link, List<ShareDto> sharedWith,
            @Schema(description = "Invited by mail: when the leader sent the one reminder to those who had not "
                    + "answered (given to the leader only; nobody is told how many it reached)") Instant remindedAt,
            Result result) {
    }

    @Schema(name = "MeetingSummary")
    public record MeetingSummary(@NotNull UUID id, @NotNull String name, @NotNull LocalDate meetingDate,
            @NotNull String valueTitle, @NotNull String leaderName, boolean own, boolean open,
            @Schema(description = "The mean when the result is shown") Double mean,
            @Schema(description = "How many answered, when the result is shown") Integer answers) {
    }

    @Schema(name = "MeetingList", description = "The caller's own meeting evaluations, newest first, and those "
            + "other leaders share with the caller")
    public record MeetingList(@NotNull List<MeetingSummary> own, @NotNull List<MeetingSummary> shared) {
    }

    @Schema(name = "MeetingTrendPoint")
    public record TrendPoint(@NotNull UUID meetingId, @NotNull String name, @NotNull LocalDate meetingDate,
            double mean, int answers) {
    }

    @Schema(name = "MeetingTrend", description = "One value's results across the leader's meetings, oldest first: "
            + "only closed evaluations whose result is shown")
    public record Trend(@NotNull UUID frameworkId, @NotNull String valueTitle, @NotNull List<TrendPoint> points) {
    }

    @Schema(name = "MeetingValueOverview", description = "HR's overview of one value: closed meeting evaluations, "
            + "how many of them show a result, and the answers and mean of those only")
    public record ValueOverview(@NotNull UUID frameworkId, @NotNull String valueTitle, int meetings,
            int meetingsShown, int answers, Double mean) {
    }

    @Schema(name = "MeetingForParticipant", description = "What a participant sees before answering")
    public record ParticipantView(@NotNull String meetingName, @NotNull LocalDate meetingDate,
            @NotNull String leaderName, @NotNull String organisation, @NotNull String valueTitle, String valueTitleEn,
            String valueDescription, String valueDescriptionEn, int k) {
    }

    @Schema(name = "MeetingAnswer", description = "One participant's answer: `score` 1–5, or null for \"ved "
            + "ikke\"; an optional story")
    public record AnswerInput(@Min(1) @Max(5) Integer score, @Size(max = 2000) String story) {
    }

    @Schema(name = "MeetingReceipt")
    public record Receipt(boolean received) {
    }
}
