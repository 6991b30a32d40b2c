package dk.pejling.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A ledelsesgrundlag: the lineage that its versions share. */
@Entity
class Framework extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    /** The template it was made from, e.g. kodeks-for-god-ledelse; null when made from scratch. */
    @Column(name = "template_key")
    String templateKey;

    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
}
