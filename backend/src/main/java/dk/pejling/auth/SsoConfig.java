package dk.pejling.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An organisation's single sign-on through its OpenID Connect provider. */
@Entity
@Table(name = "sso_config")
class SsoConfig extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    UUID organisationId;

    boolean enabled = true;

    String issuer;

    @Column(name = "client_id")
    String clientId;

    /** AES-GCM under a key derived from pejling.auth.secret; never returned by the API. */
    @Column(name = "client_secret_enc")
    String clientSecretEncrypted;

    @Column(name = "email_claim")
    String emailClaim = "email";

    @Column(name = "passwords_allowed")
    boolean passwordsAllowed = true;

    /** E-mail domains (lower case, comma-separated) whose people the login page sends to this provider. */
    String domains = "";

    int version = 1;

    @Column(name = "updated_at")
    Instant updatedAt = Instant.now();
}
