package dk.pejling.rounds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * Who was invited about which leader, for mailing the link. It does not know whether they answered: the link's ticket
 * does, and nothing stored ties the two together (see {@link Invitations}).
 */
@Entity
class Invitation extends PanacheEntityBase {

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

    @Column(name = "person_id")
    UUID personId;

    String name;

    String email;

}
