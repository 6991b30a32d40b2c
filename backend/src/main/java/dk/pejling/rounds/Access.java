package dk.pejling.rounds;

/** Whether a manager (or HR) may read the individual leader reports of a round. */
public enum Access {
    NONE, REPORT
}
