package dk.pejling.rounds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Someone to be invited about an evaluee, until launch turns the list into invitations. */
@Entity
@Table(name = "round_respondent")
class Respondent extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "evaluee_id")
    UUID evalueeId;

    @Column(name = "person_id")
    UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group")
    RaterGroup raterGroup;

    /** A colleague the leader proposed, not yet approved by HR (only approved colleagues are invited). */
    boolean proposed;
}
