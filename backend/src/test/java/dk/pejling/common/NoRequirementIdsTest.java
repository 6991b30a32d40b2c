package dk.pejling.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text a user or an API client reads names an internal requirement ("(A4)", "A1/A7", "R1-R8", "O2", "S8"): the API
 * description ({@code openapi.yaml}) and every translation file of the SPA. Where a rule matters, the text says the
 * rule itself. The one such token that is text is the paper size, "A4" before "PDF", "paper" or "ark".
 */
class NoRequirementIdsTest {

    /** A capital (or two) and one or two digits standing alone: a requirement id. */
    static final Pattern ID = Pattern.compile("(?<![\\w./#{\\-])[A-Z]{1,2}[0-9]{1,2}(?![\\w])");
    private static final Pattern PAPER = Pattern.compile("A4[ -]?(PDF|pdf|paper|ark|format)");

    @Test
    void theApiDescriptionAndTheTranslationsNameNoRequirementId() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("..", "openapi.yaml"));
        try (Stream<Path> walk = Files.walk(Path.of("..", "frontend", "src"))) {
            walk.filter(p -> p.toString().replace('\\', '/').contains("/i18n/") && p.toString().endsWith(".json"))
                    .forEach(files::add);
        }
        assertTrue(files.size() >= 3, "found the translations: " + files);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                found.addAll(ids(lines.get(i)).stream().map(id -> file.getFileName() + ":" + id).toList());
            }
        }
        assertEquals(List.of(), found.stream().map(f -> f).toList(), "requirement ids in user-visible text");
    }

    @Test
    void theCheckFindsIdsAndLeavesThePaperSizeAlone() {
        assertEquals(List.of("A4"), ids("Thresholds are frozen (A4)."));
        assertEquals(List.of("A1"), ids("masked per A1/A7"));
        assertEquals(List.of("R1"), ids("a report (R1-R8)"));
        assertEquals(List.of("S8", "O2"), ids("S8 and O2"));
        assertEquals(List.of(), ids("the report as an A4 PDF, an A4-ark, UTF-8, SHA-256, item-rest, {id}, #/x/Y2"));
    }

    static List<String> ids(String line) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(line);
        while (m.find()) {
            if (!PAPER.matcher(line).region(m.start(), line.length()).lookingAt()) {
                ids.add(m.group());
            }
        }
        return ids;
    }
}
