package dk.pejling.lus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the LUS API (conversation guide and development plan) takes and returns. */
public final class LusApi {

    /** Text without control characters other than line breaks and tabs (PostgreSQL cannot store NUL). */
    static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    static final String TEXT_MESSAGE = "Teksten indeholder tegn, der ikke kan gemmes.";

    private LusApi() {
    }

    @Schema(name = "GuideStatement")
    public record GuideStatement(@NotNull UUID statementId, @NotNull String text, String textEn, Double mean,
            Double self) {
    }

    /** What the guide ranks statements and values by. */
    public enum GuideBasis {
        @Schema(description = "The employees' means (the report shows employee figures)")
        EMPLOYEES,
        @Schema(description = "The leader's self-assessment, because fewer than k employees answered")
        SELF,
        @Schema(description = "Nothing to rank by: no employee figures and no self-assessment")
        NONE
    }

    @Schema(name = "GuideValue", description = "One value in the conversation guide: its strongest and weakest "
            + "statements ranked by the guide's `basis`. `mean` is always the employees' mean (absent below k), "
            + "`self` always the leader's self-assessment: never one in the place of the other.")
    public record GuideValue(@NotNull UUID valueId, @NotNull String title, String titleEn,
            @Schema(description = "The employees' mean for the value; null when not shown") Double mean,
            @Schema(description = "The leader's self-assessment of the value (not anonymous)") Double self,
            GuideStatement strongest, GuideStatement weakest, boolean weak) {
    }

    @Schema(name = "GuideDilemma", description = "A dilemma from Kodeks for god ledelse, material for reflection")
    public record DilemmaDto(int number, @NotNull String title, @NotNull String text,
            @NotNull List<Integer> kodeksPoints, @NotNull List<String> throughValues) {
    }

    @Schema(name = "ConversationGuide", description = "The LUS guide built from a report")
    public record Guide(@NotNull UUID roundId, @NotNull UUID leaderId, @NotNull String leaderName,
            @NotNull @Schema(description = "Who reads the guide: the leader, or the manager or HR reading about the "
                    + "leader") dk.pejling.reports.ReportApi.Relation relation,
            boolean employeesShown, @Schema(description = "The round's anonymity threshold") int k,
            @NotNull @Schema(
                    description = "What the strongest, weakest and weak values are chosen by") GuideBasis basis,
            @NotNull List<String> questions, @NotNull List<GuideValue> values,
            @NotNull @Schema(description = "Dilemmas linked to the two weakest values, for frameworks made from the "
                    + "Kodeks template") List<DilemmaDto> dilemmas) {
    }

    /** Where a goal stands. */
    public enum GoalStatus {
        NOT_STARTED, IN_PROGRESS, DONE, DROPPED
    }

    @Schema(name = "PlanGoalInput")
    public record GoalInput(@NotBlank @Size(max = 300) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String title,
            UUID valueId, UUID statementId,
            @Size(max = 2000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String actions, LocalDate dueDate,
            GoalStatus status) {
    }

    @Schema(name = "PlanInput", description = "The whole plan, replacing the goals. `version` is the version the "
            + "writer started from; a newer version on the server answers 409 so that nobody's edit is lost.")
    public record PlanInput(@NotNull @Min(0) @Max(Integer.MAX_VALUE) Integer version,
            @NotNull @Size(max = 20) List<@NotNull @Valid GoalInput> goals) {
    }

    @Schema(name = "CommentInput")
    public record CommentInput(
            @NotBlank @Size(max = 2000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String text) {
    }

    @Schema(name = "PlanGoal")
    public record GoalDto(@NotNull UUID id, @NotNull String title, UUID valueId, String valueTitle, UUID statementId,
            String statementText, String actions, LocalDate dueDate, @NotNull GoalStatus status) {
    }

    @Schema(name = "PlanComment")
    public record CommentDto(@NotNull UUID id, @NotNull String authorName, @NotNull String role,
            @NotNull String text, @NotNull Instant createdAt,
            @Schema(description = "When the author last edited it; null if never") Instant editedAt,
            @Schema(description = "The caller wrote it and may still edit or delete it") boolean mine,
            @Schema(description = "Until when the author may edit or delete it") Instant editableUntil) {
    }

    @Schema(name = "DevelopmentPlan", description = "A leader's development plan for a round. The leader "
            + "writes; the manager comments.")
    public record PlanDto(@NotNull UUID roundId, @NotNull UUID leaderId, @NotNull String leaderName,
            @NotNull @Schema(
                    description = "Who reads: the leader, or the manager or HR") dk.pejling.reports.ReportApi.Relation relation,
            int version,
            Instant updatedAt, @NotNull List<GoalDto> goals, @NotNull List<CommentDto> comments,
            boolean canEdit, boolean canComment,
            @Schema(description = "When the leader last shared the plan with the manager") Instant sharedAt,
            @Schema(description = "The leader can share the plan: the round shares reports with a manager, who "
                    + "is then mailed a link") boolean canShare,
            @Schema(description = "The manager the plan is shared with; null when no manager reads it") String managerName) {
    }
}
