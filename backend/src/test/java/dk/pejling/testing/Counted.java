package dk.pejling.testing;

import dk.pejling.survey.Results;
import java.util.UUID;

/**
 * Waits until a closed round's results are counted (the ballot box emptied and the counts made, which closing starts
 * at once in the background), at most 20 s.
 */
public final class Counted {

    private Counted() {
    }

    public static void await(Results results, String roundId) {
        UUID round = UUID.fromString(roundId);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!results.ready(round)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The results of round " + roundId + " were not counted within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
