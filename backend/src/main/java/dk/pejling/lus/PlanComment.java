package dk.pejling.lus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment on a development plan, by the manager (or the leader answering, or HR when allowed). */
@Entity
@Table(name = "plan_comment")
class PlanComment extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "plan_id")
    UUID planId;

    @Column(name = "author_id")
    UUID authorId;

    @Column(name = "author_name")
    String authorName;

    @Column(name = "author_role")
    String authorRole;

    String text;

    @Column(name = "created_at")
    Instant createdAt;

    /** When the author last changed the text; null if never. */
    @Column(name = "edited_at")
    Instant editedAt;
}
