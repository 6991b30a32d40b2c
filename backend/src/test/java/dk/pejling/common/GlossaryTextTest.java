package dk.pejling.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.pejling.testing.DanishTextRules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/glossary.md for the backend's fixed Danish texts: every mail template and the PDF's page template. The
 * rendered exports, PDF and Word document are checked where they are produced (ReportResourceTest, ReportPdfTest).
 */
class GlossaryTextTest {

    @Test
    void everyMailAndPageTemplateFollowsTheGlossary() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource("templates").toURI());
        List<Path> templates;
        try (Stream<Path> files = Files.walk(root)) {
            templates = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(templates.stream().anyMatch(p -> p.endsWith(Path.of("mail", "report-ready.txt"))),
                templates.toString());
        assertTrue(templates.stream().anyMatch(p -> p.endsWith(Path.of("lus", "report-pdf.html"))),
                templates.toString());
        List<String> broken = new ArrayList<>();
        for (Path template : templates) {
            String text = DanishTextRules.templateText(Files.readString(template, StandardCharsets.UTF_8));
            DanishTextRules.violations(text).forEach(v -> broken.add(root.relativize(template) + ": " + v));
        }
        assertEquals(List.of(), broken);
    }

    /** The rules themselves catch what the glossary forbids, so a passing check above means something. */
    @Test
    void theRulesCatchCodesAndTheWrongWords() {
        for (String bad : List.of("Spredning (SD)", "Svar (n)", "mindst k svar", "Item-rest-korrelation",
                "Under tærsklen", "urn:pejling:problem:too-many-requests", "se regel A1", "„citat“")) {
            assertTrue(!DanishTextRules.violations(bad).isEmpty(), bad);
        }
        for (String good : List.of("Antal svar", "Spredning", "Sammenhæng med de øvrige udsagn",
                "Under anonymitetsgrænsen", "»Ved ikke«", "færre end 5 har svaret", "Kære Ane", "3,8 og −0,6")) {
            assertEquals(List.of(), DanishTextRules.violations(good), good);
        }
        assertEquals("Kære har svaret", DanishTextRules.templateText("<p>Kære {name}</p>{#if own} har svaret{/if}")
                .replaceAll("\\s+", " ").trim());
    }
}
