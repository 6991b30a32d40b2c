package dk.pejling.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A notice waiting to be mailed, already written: it holds no secret and no figure. */
@Entity
class Notification extends PanacheEntityBase {

    enum Status { PENDING, SENT, FAILED }

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    String recipient;

    String subject;

    @Column(name = "text_body")
    String textBody;

    @Column(name = "html_body")
    String htmlBody;

    @Enumerated(EnumType.STRING)
    Status status = Status.PENDING;

    int attempts;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt = Instant.now();

    @Column(name = "created_at")
    Instant createdAt = Instant.now();

    @Column(name = "sent_at")
    Instant sentAt;
}
