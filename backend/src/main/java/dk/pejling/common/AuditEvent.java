package dk.pejling.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "audit_event")
class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "occurred_at")
    Instant occurredAt;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "actor_id")
    UUID actorId;

    String action;

    @Column(name = "target_type")
    String targetType;

    @Column(name = "target_id")
    String targetId;

    String detail;
}
