package dk.pejling.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The Kodeks template's eleven values are the seed's eleven points, verbatim. */
class TemplateCatalogTest {

    private static final Path EXCERPT = Path.of("src/test/resources/seed/kodeks-11-punkter.txt");
    private static final Path SEED = Path.of("../../shared/seed/ledelsesgrundlag-vejviser.txt");

    /** The points as the seed prints them: "\t 1.\t Jeg …", with line-break hyphens joined ("om-verdenen"). */
    static List<String> pointsIn(String text) {
        Matcher m = Pattern.compile("(?m)^\\s*(\\d{1,2})\\.\\s+(Jeg .+?)\\s*$").matcher(text);
        List<String> points = new ArrayList<>();
        while (m.find()) {
            assertEquals(points.size() + 1, Integer.parseInt(m.group(1)));
            points.add(m.group(2).replaceAll("(\\p{L})-(\\p{L})", "$1$2"));
        }
        return points;
    }

    @Test
    void theTemplateValuesAreTheElevenPointsVerbatim() throws Exception {
        List<String> seed = pointsIn(Files.readString(EXCERPT, StandardCharsets.UTF_8));
        assertEquals(11, seed.size());
        assertTrue(seed.get(6).endsWith("i omverdenen"), seed.get(6));
        List<String> template = new TemplateCatalog().find(TemplateCatalog.KODEKS).orElseThrow().values().stream()
                .map(TemplateCatalog.TemplateValue::title).toList();
        assertEquals(seed, template);
    }

    @Test
    void theExcerptIsTakenFromTheSeed() throws Exception {
        Assumptions.assumeTrue(Files.exists(SEED), "the seed lies beside the repository in ../shared");
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        assertTrue(seed.contains(Files.readString(EXCERPT, StandardCharsets.UTF_8).strip()));
    }

    @Test
    void everySuggestedStatementHasBothWordingsWithinTheLimits() {
        for (TemplateCatalog.TemplateValue value : new TemplateCatalog().find(TemplateCatalog.KODEKS).orElseThrow()
                .values()) {
            assertTrue(value.statements().size() >= 2 && value.statements().size() <= 4, value.title());
            for (FrameworkApi.ExportStatement s : value.statements()) {
                FrameworkRules rules = new FrameworkRules().statement("", s.text(), s.selfText(), s.textEn(),
                        s.selfTextEn());
                assertTrue(rules.ok(), s.text() + " " + rules.errors());
                assertTrue(s.text().startsWith("Min leder "), s.text());
                assertTrue(s.selfText().startsWith("Jeg "), s.selfText());
            }
        }
    }
}
