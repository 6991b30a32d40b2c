package dk.pejling.rounds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An invitation mail to send; retried with back-off, and shown to HR when it fails. Reminders are campaigns. */
@Entity
@Table(name = "mail_outbox")
class MailOutbox extends PanacheEntityBase {

    enum Status { PENDING, SENT, FAILED }

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "round_id")
    UUID roundId;

    @Column(name = "invitation_id")
    UUID invitationId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    Status status = Status.PENDING;

    int attempts;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt = Instant.now();

    @Column(name = "sent_at")
    Instant sentAt;
}
