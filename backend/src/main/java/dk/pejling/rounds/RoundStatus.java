package dk.pejling.rounds;

/** DRAFT while HR prepares it, OPEN while invitees answer, CLOSED when reports may open. */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED
}
