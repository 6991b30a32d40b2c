package dk.pejling.rounds;

/**
 * Who answers about a leader: employees (anonymous, threshold k), the leader (self), the leader's manager, and the
 * leader's colleagues (anonymous, their own threshold; they answer with the employees' wordings).
 */
public enum RaterGroup {
    EMPLOYEE, SELF, MANAGER, PEER;

    /** The groups whose answers are anonymous and shown only from their threshold. */
    public boolean anonymous() {
        return this == EMPLOYEE || this == PEER;
    }
}
