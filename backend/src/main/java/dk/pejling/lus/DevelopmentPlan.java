package dk.pejling.lus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A leader's development plan for one round; `version` counts saves so that concurrent edits are detected. */
@Entity
@Table(name = "development_plan")
class DevelopmentPlan extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "round_id")
    UUID roundId;

    @Column(name = "evaluee_id")
    UUID evalueeId;

    int version;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by")
    UUID updatedBy;

    /** When the leader last shared the plan with the manager. */
    @Column(name = "shared_at")
    Instant sharedAt;
}
