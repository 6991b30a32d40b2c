package dk.pejling.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A mail about a login, waiting for the mail job: a welcome (to a login) or a reset (to an address asked for). */
@Entity
@Table(name = "account_mail")
class AccountMail extends PanacheEntityBase {

    enum Kind { WELCOME, RESET }

    enum Status { PENDING, SENT, FAILED, DROPPED }

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    Kind kind;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "requested_email")
    String requestedEmail;

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
