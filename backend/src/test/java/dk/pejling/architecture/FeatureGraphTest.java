package dk.pejling.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The features of the backend form a graph without cycles, and every edge in it is one that docs/architecture.md
 * explains. A reference from one feature's main code to another's (an import, or a fully qualified name) that is not
 * in {@link #ALLOWED} fails the build, naming the file.
 */
class FeatureGraphTest {

    /** Which features each feature may use. {@code common} is used by all and uses none. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", Set.of()),
            Map.entry("org", Set.of("common")),
            Map.entry("auth", Set.of("common", "org")),
            Map.entry("framework", Set.of("common")),
            Map.entry("rounds", Set.of("common", "framework", "org")),
            Map.entry("survey", Set.of("common", "framework", "org", "rounds")),
            Map.entry("reports", Set.of("common", "framework", "org", "rounds", "survey")),
            Map.entry("lus", Set.of("common", "framework", "org", "reports", "rounds", "survey")),
            Map.entry("dialogue", Set.of("common", "framework", "org")),
            Map.entry("meetings", Set.of("common", "framework", "org", "rounds")),
            Map.entry("platform", Set.of("auth", "common", "org", "rounds")),
            Map.entry("demo", Set.of("auth", "common", "framework", "lus", "org", "reports", "rounds", "survey")));

    private static final Path MAIN = Path.of("src/main/java/dk/pejling");
    private static final Pattern REFERENCE = Pattern.compile("\\bdk\\.pejling\\.([a-z]+)\\b");

    @Test
    void everyReferenceBetweenFeaturesIsAnAllowedEdge() {
        Map<String, Set<String>> edges = edges();
        List<String> wrong = new ArrayList<>();
        edges.forEach((edge, files) -> {
            String[] ends = edge.split(" -> ");
            if (!ALLOWED.getOrDefault(ends[0], Set.of()).contains(ends[1])) {
                wrong.add(edge + " (" + String.join(", ", files) + ")");
            }
        });
        assertEquals(List.of(), wrong, "Edges between features that FeatureGraphTest.ALLOWED does not list");
    }

    @Test
    void everyFeatureIsListed() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            Set<String> features = new TreeSet<>(dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString()).toList());
            assertEquals(new TreeSet<>(ALLOWED.keySet()), features, "FeatureGraphTest.ALLOWED must list every feature");
        }
    }

    @Test
    void theAllowedEdgesHaveNoCycle() {
        for (String start : ALLOWED.keySet()) {
            assertTrue(!reaches(start, start, new TreeSet<>()), "A cycle through " + start);
        }
    }

    private static boolean reaches(String from, String target, Set<String> seen) {
        for (String next : ALLOWED.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next) && reaches(next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** "from -> to" to the files that make the edge. */
    private static Map<String, Set<String>> edges() {
        Map<String, Set<String>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = MAIN.relativize(file).getName(0).toString();
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = REFERENCE.matcher(line);
                    while (m.find()) {
                        String to = m.group(1);
                        if (!to.equals(from)) {
                            edges.computeIfAbsent(from + " -> " + to, e -> new TreeSet<>())
                                    .add(file.getFileName().toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return edges;
    }
}
