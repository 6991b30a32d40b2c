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

/** A link to set a password: single use, stored only as the SHA-256 of the token in the link. */
@Entity
@Table(name = "password_token")
class PasswordToken extends PanacheEntityBase {

    enum Purpose { WELCOME, RESET }

    @Id
    UUID id;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "token_hash")
    String tokenHash;

    @Enumerated(EnumType.STRING)
    Purpose purpose;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "used_at")
    Instant usedAt;
}
