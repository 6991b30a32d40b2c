package dk.pejling.survey;

import dk.pejling.rounds.RaterGroup;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;

/** One submitted survey (A6): which leader and group it is about, and nothing about who or when. */
@Entity
class Ballot extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "round_id")
    UUID roundId;

    @Column(name = "evaluee_id")
    UUID evalueeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group")
    RaterGroup raterGroup;
}
