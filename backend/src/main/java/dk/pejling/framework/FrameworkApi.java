package dk.pejling.framework;

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

/** The shapes the framework API takes and returns. Entities never leave the service. */
public final class FrameworkApi {

    private FrameworkApi() {
    }

    @Schema(name = "Framework", description = "One version of a ledelsesgrundlag with all its values and statements. "
            + "`id` names this version; `frameworkId` is shared by all versions of the same framework.")
    public record FrameworkDto(@NotNull UUID id, @NotNull UUID frameworkId, int version, @NotNull VersionStatus status,
            @NotNull String name, String description,
            @Schema(description = "The template it was made from, if any") String templateKey,
            Instant createdAt, Instant updatedAt, Instant publishedAt,
            @NotNull List<ValueDto> values,
            @NotNull @Schema(description = "All versions of this framework, oldest first") List<VersionRef> versions) {
    }

    @Schema(name = "FrameworkValue", description = "A value (værdi, kodekspunkt) with its behavioural statements")
    public record ValueDto(@NotNull UUID id, @NotNull String title, String titleEn, String description,
            String descriptionEn,
            @Schema(description = "The point of Kodeks for god ledelse (1–11) it came from, for template frameworks") Integer kodeksPoint,
            @NotNull List<StatementDto> statements,
            @Schema(description = "The title as the respondent reads it in the survey (\"Min leder …\"); when "
                    + "absent, the survey shows `title`") String respondentTitle,
            String respondentTitleEn) {
    }

    @Schema(name = "Statement", description = "A behavioural statement in its employee and self wordings")
    public record StatementDto(@NotNull UUID id,
            @NotNull @Schema(
                    description = "Stable across versions while the employee wording is unchanged") UUID identity,
            @NotNull @Schema(description = "Employee wording, \"Min leder …\"") String text,
            @NotNull @Schema(description = "Self wording for the leader's self-assessment, \"Jeg …\"") String selfText,
            String textEn, String selfTextEn) {
    }

    @Schema(name = "FrameworkVersionRef")
    public record VersionRef(@NotNull UUID id, int version, @NotNull VersionStatus status, Instant publishedAt) {
    }

    @Schema(name = "FrameworkSummary")
    public record SummaryDto(@NotNull UUID id, @NotNull UUID frameworkId, int version, @NotNull VersionStatus status,
            @NotNull String name, String templateKey, int valueCount, int statementCount, Instant updatedAt,
            Instant publishedAt) {
    }

    @Schema(name = "CreateFramework", description = "Either `template` (see GET /api/templates), or `name` for an "
            + "empty framework. `name` and `description` override the template's.")
    public record CreateFramework(@Size(max = 60) String template, @Size(max = 200) String name,
            @Size(max = 2000) String description) {
    }

    @Schema(name = "FrameworkDetails")
    public record FrameworkDetails(@NotBlank @Size(min = 2, max = 200) String name,
            @Size(max = 2000) String description) {
    }

    @Schema(name = "ValueInput")
    public record ValueInput(@NotBlank @Size(min = 2, max = 200) String title, @Size(max = 200) String titleEn,
            @Size(max = 1000) String description, @Size(max = 1000) String descriptionEn,
            @Size(max = 200) @Schema(
                    description = "Optional: the title as the respondent reads it in the survey") String respondentTitle,
            @Size(max = 200) String respondentTitleEn) {
    }

    @Schema(name = "StatementInput", description = "English wordings are optional; when given, 5–300 characters")
    public record StatementInput(@NotBlank @Size(min = 5, max = 300) String text,
            @NotBlank @Size(min = 5, max = 300) String selfText,
            @Size(max = 300) String textEn, @Size(max = 300) String selfTextEn) {
    }

    @Schema(name = "Reorder", description = "All ids of the list, in the new order")
    public record Reorder(@NotNull @Size(min = 1, max = 15) List<@NotNull UUID> ids) {
    }

    @Schema(name = "FrameworkExport", description = "A framework as a file, for sharing between organisations")
    public record FrameworkExport(
            @NotNull @Size(max = 60) @Schema(description = "Always \"" + FORMAT + "\"") String format,
            @NotNull @Min(1) @Max(99) @Schema(description = "Always 1") Integer formatVersion,
            @NotNull @Size(max = 200) String name, @Size(max = 2000) String description,
            @Size(max = 60) String templateKey,
            @NotNull @Size(max = 15) List<@Valid @NotNull ExportValue> values) {
    }

    /** The value of {@link FrameworkExport#format()}. */
    public static final String FORMAT = "pejling-ledelsesgrundlag";

    @Schema(name = "FrameworkExportValue")
    public record ExportValue(@NotNull @Size(max = 200) String title, @Size(max = 200) String titleEn,
            @Size(max = 1000) String description, @Size(max = 1000) String descriptionEn,
            @Min(1) @Max(11) Integer kodeksPoint,
            @NotNull @Size(max = 10) List<@Valid @NotNull ExportStatement> statements,
            @Size(max = 200) String respondentTitle, @Size(max = 200) String respondentTitleEn) {
    }

    @Schema(name = "FrameworkExportStatement")
    public record ExportStatement(@NotNull @Size(max = 300) String text, @NotNull @Size(max = 300) String selfText,
            @Size(max = 300) String textEn, @Size(max = 300) String selfTextEn) {
    }

    @Schema(name = "TemplateSummary")
    public record TemplateSummary(@NotNull String key, @NotNull String name, String nameEn, String description,
            String descriptionEn, int valueCount, int statementCount) {
    }

    @Schema(name = "Template", description = "A template with its values, suggested statements and dilemmas")
    public record TemplateDto(@NotNull String key, @NotNull String name, String nameEn, String description,
            String descriptionEn, @NotNull List<TemplateCatalog.TemplateValue> values,
            @NotNull List<TemplateCatalog.Dilemma> dilemmas) {
    }
}
