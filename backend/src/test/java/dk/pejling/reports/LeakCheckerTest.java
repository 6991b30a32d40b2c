package dk.pejling.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The adversary's arithmetic finds the leaks it must find, and none where there is none. */
class LeakCheckerTest {

    /** Ballots 0..n-1 with one statement each: cell b is ballot b. */
    private static LeakChecker oneStatement(int ballots, int k, int... dontKnow) {
        int[] ballotOfCell = IntStream.range(0, ballots).toArray();
        boolean[] scored = new boolean[ballots];
        java.util.Arrays.fill(scored, true);
        for (int b : dontKnow) {
            scored[b] = false;
        }
        return new LeakChecker(ballotOfCell, scored, k);
    }

    @Test
    void theOrganisationMinusTheReportsOneReadsIsTheHiddenTeam() {
        // Leaders A (ballots 0-5), B (6-11) and C (12-14, below k = 5); the reader sees A, B and the total.
        LeakChecker checker = oneStatement(15, 5);
        checker.figure("A", IntStream.range(0, 6).toArray());
        checker.figure("B", IntStream.range(6, 12).toArray());
        checker.figure("total", IntStream.range(0, 15).toArray());
        LeakChecker.Leak leak = checker.leak().orElseThrow();
        assertEquals(3, leak.ballots());
        assertEquals(java.util.List.of(12, 13, 14), leak.cells().stream().sorted().toList());
    }

    @Test
    void aFigureOverFiveBallotsOfWhichTwoScoredIsALeak() {
        LeakChecker checker = oneStatement(5, 5, 0, 1, 2);
        checker.figure("statement", IntStream.range(0, 5).toArray());
        LeakChecker.Leak leak = checker.leak().orElseThrow();
        assertEquals(2, leak.scored());
    }

    @Test
    void aValueMinusTwoOfItsThreeStatementsIsTheThird() {
        // Six ballots, three statements; the third statement was scored by two only.
        int ballots = 6;
        int[] ballotOfCell = new int[ballots * 3];
        boolean[] scored = new boolean[ballots * 3];
        for (int c = 0; c < ballotOfCell.length; c++) {
            ballotOfCell[c] = c / 3;
            scored[c] = c % 3 != 2 || c / 3 < 2;
        }
        LeakChecker checker = new LeakChecker(ballotOfCell, scored, 5);
        checker.figure("s0", IntStream.range(0, ballots).map(b -> b * 3).toArray());
        checker.figure("s1", IntStream.range(0, ballots).map(b -> b * 3 + 1).toArray());
        checker.figure("value", IntStream.range(0, ballots * 3).toArray());
        LeakChecker.Leak leak = checker.leak().orElseThrow();
        assertEquals(2, leak.scored(), leak.toString());
    }

    @Test
    void groupsOfAtLeastKThatCannotBeSeparatedAreNoLeak() {
        LeakChecker checker = oneStatement(15, 5);
        checker.figure("A", IntStream.range(0, 5).toArray());
        checker.figure("B", IntStream.range(5, 10).toArray());
        checker.figure("total", IntStream.range(0, 15).toArray());
        assertTrue(checker.leak().isEmpty());
        assertTrue(!checker.exhausted());
    }

    @Test
    void aTwoByTwoTableWithItsMarginsHidesItsCells() {
        // Two groups of five ballots, two statements: row and column totals only.
        int[] ballotOfCell = new int[20];
        boolean[] scored = new boolean[20];
        for (int c = 0; c < 20; c++) {
            ballotOfCell[c] = c / 2;
            scored[c] = true;
        }
        LeakChecker checker = new LeakChecker(ballotOfCell, scored, 5);
        checker.figure("row 1", IntStream.range(0, 10).toArray());
        checker.figure("row 2", IntStream.range(10, 20).toArray());
        checker.figure("column 1", IntStream.range(0, 10).map(b -> b * 2).toArray());
        checker.figure("column 2", IntStream.range(0, 10).map(b -> b * 2 + 1).toArray());
        assertTrue(checker.leak().isEmpty());
    }
}
