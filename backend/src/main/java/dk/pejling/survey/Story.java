package dk.pejling.survey;

import dk.pejling.rounds.RaterGroup;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;

/** A story about a value. Deliberately not linked to its ballot (A2). */
@Entity
class Story extends PanacheEntityBase {

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

    @Column(name = "value_id")
    UUID valueId;

    String text;
}
