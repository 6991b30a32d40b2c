package dk.pejling.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's small run against the built jar ({@code -Pbench-smoke}): everything the full run does, at 600
 * people. It fails when the run breaks, when an acknowledged submission is not stored exactly once, or when a race
 * on one link lets more than one ballot in; the speed figures are printed, not judged (a shared CI machine is no
 * place for them).
 */
class BenchmarkSmokeIT {

    @Test
    void smokeRunPrintsEveryFigureAndLosesNothing() throws Exception {
        String ports = System.getProperty("pejling.bench.ports", "");
        String[] args = ports.isBlank() ? new String[] {"--smoke"} : new String[] {"--smoke", "--ports", ports};
        Setup.Options options = new Setup.Options(args);
        String table = Benchmark.run(options);
        System.out.println(table);
        List<String> rows = table.lines().filter(l -> l.startsWith("| ")).toList();
        for (String figure : List.of("survey submissions over HTTP", "every acknowledged ballot stored once",
                "one ballot per link under a race", "report, 10–60 ballots, first view", "overview —",
                "statement quality —", "report PDF", "organisation import", "respondent's first load",
                "start-up to ready", "resident memory")) {
            assertTrue(rows.stream().anyMatch(r -> r.contains(figure)), "no row for " + figure + " in\n" + table);
        }
        for (String guarantee : List.of("every acknowledged ballot stored once", "one ballot per link under a race")) {
            String row = rows.stream().filter(r -> r.contains(guarantee)).findFirst().orElseThrow();
            assertEquals("yes", row.substring(row.lastIndexOf('|', row.length() - 2) + 1, row.length() - 1).strip(),
                    row);
        }
    }
}
