package dk.pejling.rounds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A leader evaluated in a round, with their name and unit as they were when added. */
@Entity
@Table(name = "round_evaluee")
class Evaluee extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "round_id")
    UUID roundId;

    @Column(name = "leader_id")
    UUID leaderId;

    @Column(name = "leader_name")
    String leaderName;

    @Column(name = "unit_id")
    UUID unitId;

    @Column(name = "unit_name")
    String unitName;

    @Column(name = "manager_id")
    UUID managerId;

    @Column(name = "confirmed_at")
    Instant confirmedAt;
}
