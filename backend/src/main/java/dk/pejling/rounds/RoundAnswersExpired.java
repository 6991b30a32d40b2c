package dk.pejling.rounds;

import java.util.UUID;

/** Fired when a closed round's retention period has ended: its ballots, answers and stories are to be removed. */
public record RoundAnswersExpired(UUID organisationId, UUID roundId) {
}
