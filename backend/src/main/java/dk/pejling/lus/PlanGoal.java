package dk.pejling.lus;

import dk.pejling.lus.LusApi.GoalStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A goal in a development plan, optionally tied to a value or a statement of the round's framework. */
@Entity
@Table(name = "plan_goal")
class PlanGoal extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "plan_id")
    UUID planId;

    int position;

    String title;

    @Column(name = "value_id")
    UUID valueId;

    @Column(name = "statement_id")
    UUID statementId;

    String actions;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    GoalStatus status;
}
