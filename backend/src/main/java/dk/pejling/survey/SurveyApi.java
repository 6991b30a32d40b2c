package dk.pejling.survey;

import dk.pejling.rounds.RaterGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the respondent's survey shows and takes. */
public final class SurveyApi {

    private SurveyApi() {
    }

    @Schema(name = "Survey", description = "The survey a link opens. Texts of the framework come in Danish and, where "
            + "the framework has them, English; everything else the respondent reads (the rules, the scale, the "
            + "receipt) is written by the app from these facts.")
    public record SurveyDto(@NotNull String roundName, @NotNull String leaderName, @NotNull RaterGroup raterGroup,
            @NotNull Instant closesAt, @NotNull String organisation, @NotNull Rules rules,
            @NotNull List<SurveyValue> values,
            @Schema(description = "The saved draft, if any") Answers draft) {
    }

    @Schema(name = "SurveyRules", description = "Who sees what: employee results need at least k employee ballots, "
            + "stories at least kStory")
    public record Rules(int k, int kStory) {
    }

    @Schema(name = "SurveyValue")
    public record SurveyValue(@NotNull UUID id, @NotNull String title, String titleEn, String description,
            String descriptionEn, @NotNull List<SurveyStatement> statements,
            @Schema(description = "The value's title as the respondent reads it (\"Min leder …\"), when the "
                    + "framework has one; the survey shows it instead of `title`") String respondentTitle,
            String respondentTitleEn) {
    }

    @Schema(name = "SurveyStatement", description = "The wording for this respondent: employee or self wording")
    public record SurveyStatement(@NotNull UUID id, @NotNull String text, String textEn) {
    }

    @Schema(name = "SurveyAnswers", description = "Every statement once; score 1–5, or null for \"ved ikke\". "
            + "Stories are optional, at most one per value, 2,000 characters each.")
    public record Answers(@NotNull @Size(max = AnswerShape.MAX_ANSWERS) List<@Valid @NotNull Answer> answers,
            @Size(max = AnswerShape.MAX_STORIES) List<@Valid @NotNull StoryInput> stories) {
    }

    @Schema(name = "SurveyAnswer")
    public record Answer(@NotNull UUID statementId,
            @Min(1) @Max(5) @Schema(description = "1–5, or null for \"ved ikke\"") Integer score) {
    }

    @Schema(name = "SurveyStory")
    public record StoryInput(@NotNull UUID valueId,
            @NotBlank @Size(max = AnswerShape.MAX_STORY) @jakarta.validation.constraints.Pattern(
                    regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*",
                    message = "Teksten indeholder tegn, der ikke kan gemmes.") String text) {
    }

    @Schema(name = "SurveyReceipt", description = "The answers are stored, sealed, with nothing that ties them to the "
            + "respondent")
    public record Receipt(boolean stored) {
    }
}
