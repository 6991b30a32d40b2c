package dk.pejling.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An organisational unit (forvaltning, afdeling, institution); units form a tree per organisation. */
@Entity
class Unit extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "parent_id")
    UUID parentId;

    String name;

    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
}
