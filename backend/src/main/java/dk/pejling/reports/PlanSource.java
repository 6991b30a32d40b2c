package dk.pejling.reports;

import dk.pejling.reports.ReportApi.PlanView;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The development plans a report shows beside its numbers: the previous round's plan, and whether a plan exists.
 * Declared here, where it is needed, and provided by the LUS feature, which owns the plans and builds on reports.
 */
public interface PlanSource {

    /** The plan of an evaluee as shown in a later round's report; empty when none was written. */
    Optional<PlanView> view(UUID organisationId, UUID roundId, String roundName, UUID evalueeId);

    /** Which of these evaluees have a saved plan. */
    Set<UUID> evalueesWithPlan(Collection<UUID> evalueeIds);
}
