package dk.pejling.dialogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the leader team's dialogue API takes and returns. */
public final class DialogueApi {

    private DialogueApi() {
    }

    @Schema(name = "TeamMember")
    public record Member(@NotNull UUID personId, @NotNull String name) {
    }

    @Schema(name = "LeaderTeam", description = "A manager and the leaders who report to them")
    public record Team(@NotNull UUID managerId, @NotNull String managerName, @NotNull List<Member> members,
            @Schema(description = "Whether the caller is the team's manager, who plans its months") boolean own) {
    }

    @Schema(name = "TeamDialogueSummary")
    public record Summary(@NotNull UUID id, @NotNull UUID managerId, @NotNull String month,
            @NotNull String valueTitle, boolean recorded) {
    }

    @Schema(name = "TeamDialogueValue", description = "A value of the organisation's published ledelsesgrundlag")
    public record ValueChoice(@NotNull UUID valueId, @NotNull String title, String titleEn,
            @NotNull String frameworkName) {
    }

    @Schema(name = "TeamDialogues", description = "The caller's leader teams (the one they lead, the one they are a "
            + "member of) and their months, newest first; for a manager, the values a month can take")
    public record Overview(@NotNull List<Team> teams, @NotNull List<Summary> dialogues,
            @NotNull List<ValueChoice> values) {
    }

    @Schema(name = "TeamDialogueInput", description = "The manager plans a month: `month` as YYYY-MM")
    public record DialogueInput(
            @NotNull @Size(min = 7, max = 7) @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month,
            @NotNull UUID valueId) {
    }

    @Schema(name = "TeamDialogueRecord", description = "What the team will hold on to, do more of and do less of. "
            + "`version` is the version the writer started from; a newer one on the server answers 409.")
    public record RecordInput(@NotNull @Min(0) @Max(Integer.MAX_VALUE) Integer version, @Size(max = 4000) String holdOn,
            @Size(max = 4000) String doMore, @Size(max = 4000) String doLess) {
    }

    @Schema(name = "TeamDialogueDilemma", description = "A dilemma of Kodeks for god ledelse that throws light on "
            + "the value")
    public record DilemmaDto(int number, @NotNull String title, @NotNull String text) {
    }

    @Schema(name = "TeamDialogueHistory", description = "An earlier month of the same team with the same value")
    public record HistoryEntry(@NotNull UUID id, @NotNull String month, String holdOn, String doMore,
            String doLess) {
    }

    @Schema(name = "TeamDialogue", description = "One month of a leader team's dialogue on one value: the guide's "
            + "questions before and during the meeting, the dilemmas beside the value, the team's record and the "
            + "value's history in the team")
    public record DialogueDto(@NotNull UUID id, @NotNull String month, @NotNull Team team, @NotNull UUID valueId,
            @NotNull String valueTitle, String valueTitleEn, String valueDescription,
            @NotNull @Schema(description = "What each member prepares before the meeting") List<String> before,
            List<String> beforeEn,
            @NotNull @Schema(description = "The round of questions during the meeting") List<String> during,
            List<String> duringEn, @NotNull List<DilemmaDto> dilemmas, String holdOn, String doMore,
            String doLess, int version, Instant updatedAt, String updatedByName,
            @NotNull List<HistoryEntry> history) {
    }
}
