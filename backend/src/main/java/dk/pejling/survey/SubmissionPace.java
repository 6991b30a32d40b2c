package dk.pejling.survey;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * How fast this replica is taking submissions, for the mixer: while links are used faster than
 * {@link #BUSY_PER_SECOND}, releasing open rounds' ballots waits (the morning after the invitations went out), for at
 * most {@link #MAX_DEFERRAL_NANOS} at a time. Waiting costs no anonymity — a batch released later holds more ballots,
 * never fewer — and a round that closes is released at once whatever the pace (docs/performance.md, "Survey
 * submissions").
 */
@ApplicationScoped
class SubmissionPace {

    /** Submissions a second above which the replica counts as busy. */
    static final double BUSY_PER_SECOND = 20;
    /** The longest open rounds' ballots wait in a row, however busy it stays. */
    static final long MAX_DEFERRAL_NANOS = 10L * 60 * 1_000_000_000;

    private final LongAdder stored = new LongAdder();
    private final LongSupplier clock;
    private long lastLook;
    private long deferringSince = -1;

    SubmissionPace() {
        this(System::nanoTime);
    }

    SubmissionPace(LongSupplier clock) {
        this.clock = clock;
        this.lastLook = clock.getAsLong();
    }

    /** A submission was stored. */
    void stored() {
        stored.increment();
    }

    /**
     * Whether open rounds' batches should wait now; called by the mixer once per run, it also starts the next
     * measuring period.
     */
    synchronized boolean deferOpenRounds() {
        long now = clock.getAsLong();
        double seconds = Math.max(1e-3, (now - lastLook) / 1e9);
        double rate = stored.sumThenReset() / seconds;
        lastLook = now;
        if (rate <= BUSY_PER_SECOND) {
            deferringSince = -1;
            return false;
        }
        if (deferringSince < 0) {
            deferringSince = now;
        }
        if (now - deferringSince > MAX_DEFERRAL_NANOS) {
            deferringSince = now;
            return false;
        }
        return true;
    }
}
