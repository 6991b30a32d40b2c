package dk.pejling.rounds;

import java.util.UUID;

/** Fired inside the transaction that closes a round, for features that keep data about its answers. */
public record RoundClosed(UUID organisationId, UUID roundId) {
}
