package dk.pejling.survey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SubmissionPaceTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(0);
    private final SubmissionPace pace = new SubmissionPace(now::get);

    private void submissions(int count, long seconds) {
        for (int i = 0; i < count; i++) {
            pace.stored();
        }
        now.addAndGet(seconds * SECOND);
    }

    @Test
    void openRoundsWaitOnlyWhileSubmissionsComeFasterThanTheBusyPace() {
        submissions(100, 10); // 10 a second: quiet
        assertFalse(pace.deferOpenRounds());
        submissions(5_000, 10); // 500 a second: the morning rush
        assertTrue(pace.deferOpenRounds());
        submissions(200, 10); // exactly the busy pace is not busy
        assertFalse(pace.deferOpenRounds());
    }

    @Test
    void aRushThatLastsLongerThanTheLongestDeferralStillLetsOneRunRelease() {
        boolean released = false;
        int runs = (int) (SubmissionPace.MAX_DEFERRAL_NANOS / (10 * SECOND)) + 2;
        int deferred = 0;
        for (int i = 0; i < runs; i++) {
            submissions(5_000, 10);
            if (pace.deferOpenRounds()) {
                deferred++;
            } else {
                released = true;
                break;
            }
        }
        assertTrue(released, "open rounds were never released during a rush of " + runs * 10 + " s");
        assertTrue(deferred >= SubmissionPace.MAX_DEFERRAL_NANOS / (10 * SECOND),
                "released after " + deferred + " runs, before the longest deferral was over");
        // And the next busy run waits again.
        submissions(5_000, 10);
        assertTrue(pace.deferOpenRounds());
    }
}
