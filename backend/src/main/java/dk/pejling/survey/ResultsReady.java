package dk.pejling.survey;

import java.util.UUID;

/** Fired in the transaction that has counted a closed round's results: its reports can be read from now on. */
public record ResultsReady(UUID organisationId, UUID roundId) {
}
