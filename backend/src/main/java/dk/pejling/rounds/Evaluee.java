package dk.pejling.rounds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A leader evaluated in a round, with their name, unit and manager as they were at launch. */
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

    /** The leader's manager: while the round is a draft as the organisation says, from launch as it was then. */
    @Column(name = "manager_id")
    UUID managerId;

    /** Who reads the report as the leader's manager: the manager at launch, or whom an admin handed it over to. */
    @Column(name = "report_manager_id")
    UUID reportManagerId;

    @Column(name = "confirmed_at")
    Instant confirmedAt;
}
