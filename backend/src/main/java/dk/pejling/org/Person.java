package dk.pejling.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** Someone in the organisation: an employee, a leader, or both. {@code managerId} is their own leader. */
@Entity
class Person extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "unit_id")
    UUID unitId;

    @Column(name = "manager_id")
    UUID managerId;

    String name;

    String email;

    boolean active = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt = Instant.now();
}
