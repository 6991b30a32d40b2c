package dk.pejling.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A tenant: a kommune or region. Everything else belongs to exactly one. */
@Entity
class Organisation extends PanacheEntityBase {

    @Id
    UUID id;

    String slug;

    String name;

    boolean active = true;

    @Column(name = "deactivated_at")
    Instant deactivatedAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;

    static Optional<Organisation> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
