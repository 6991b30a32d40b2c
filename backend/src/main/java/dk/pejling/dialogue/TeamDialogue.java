package dk.pejling.dialogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One month of a leader team's work with one value, and what the team wrote down; `version` counts saves. */
@Entity
@Table(name = "team_dialogue")
class TeamDialogue extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "manager_id")
    UUID managerId;

    LocalDate month;

    @Column(name = "framework_id")
    UUID frameworkId;

    @Column(name = "framework_version_id")
    UUID frameworkVersionId;

    @Column(name = "value_id")
    UUID valueId;

    @Column(name = "value_title")
    String valueTitle;

    @Column(name = "hold_on")
    String holdOn;

    @Column(name = "do_more")
    String doMore;

    @Column(name = "do_less")
    String doLess;

    int version;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by")
    UUID updatedBy;
}
