package dk.pejling.rounds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A reminder to everyone of a round who has not answered. The mailer visits the round's invitations in id order
 * and mails those whose link is unused; it keeps only where it got to and how many it reached, never whom.
 */
@Entity
@Table(name = "reminder_campaign")
class ReminderCampaign extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "round_id")
    UUID roundId;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "after_invitation")
    UUID afterInvitation;

    int reminded;

    int failed;

    @Column(name = "finished_at")
    Instant finishedAt;
}
