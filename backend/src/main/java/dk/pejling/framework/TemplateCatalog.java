package dk.pejling.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.pejling.framework.FrameworkApi.ExportStatement;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The frameworks Pejling ships as starting points, read from {@code framework/<key>.json} on the class path. The
 * Kodeks template also carries the seed's leadership dilemmas, for the LUS.
 */
@ApplicationScoped
public class TemplateCatalog {

    public static final String KODEKS = "kodeks-for-god-ledelse";
    private static final List<String> KEYS = List.of(KODEKS);

    public record Template(String key, String name, String nameEn, String description, String descriptionEn,
            List<TemplateValue> values, List<Dilemma> dilemmas, TeamDialogue teamDialogue, List<String> decisions) {

        int statementCount() {
            return values.stream().mapToInt(v -> v.statements().size()).sum();
        }
    }

    /**
     * The guide's process for a leader team that discusses one value a month: what each member prepares before the
     * meeting and the round of questions during it (Danish verbatim, and English).
     */
    public record TeamDialogue(List<String> before, List<String> beforeEn, List<String> during,
            List<String> duringEn) {
    }

    @Schema(name = "TemplateValue")
    public record TemplateValue(int number, String title, String titleEn, String respondentTitle,
            String respondentTitleEn, List<ExportStatement> statements) {
    }

    @Schema(name = "Dilemma", description = "A leadership dilemma from the guide, with the kodekspunkter that throw "
            + "light on it")
    public record Dilemma(int number, String title, String text, List<Integer> values) {
    }

    private final List<Template> templates;

    TemplateCatalog() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        templates = KEYS.stream().map(key -> load(json, key)).toList();
    }

    public List<Template> all() {
        return templates;
    }

    public Optional<Template> find(String key) {
        return templates.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The dilemmas of a template that throw light on the given kodekspunkt. */
    public List<Dilemma> dilemmasFor(String templateKey, int point) {
        return find(templateKey).map(t -> t.dilemmas().stream().filter(d -> d.values().contains(point)).toList())
                .orElse(List.of());
    }

    private static Template load(ObjectMapper json, String key) {
        String path = "framework/" + key + ".json";
        try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Template missing from the class path: " + path);
            }
            return json.readValue(in, Template.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + path + " cannot be read", e);
        }
    }
}
