package dk.pejling.rounds;

/** Who answers about a leader: employees (anonymous, threshold k), the leader (self) and the leader's manager. */
public enum RaterGroup {
    EMPLOYEE, SELF, MANAGER
}
