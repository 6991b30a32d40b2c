package dk.pejling.rounds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One person's single-use invitation. It knows who was invited and whether they answered — never what. */
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

    @Column(name = "token_hash")
    byte[] tokenHash;

    boolean used;

    /** The saved, unsubmitted answers (JSON), until submit or close. */
    @JdbcTypeCode(SqlTypes.JSON)
    String draft;
}
