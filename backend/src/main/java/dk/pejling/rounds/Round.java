package dk.pejling.rounds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An evaluation round; everything but its name is frozen at launch (A4). */
@Entity
class Round extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "framework_version_id")
    UUID frameworkVersionId;

    String name;

    @Enumerated(EnumType.STRING)
    RoundStatus status = RoundStatus.DRAFT;

    @Column(name = "closes_at")
    Instant closesAt;

    int k;

    @Column(name = "k_story")
    int kStory;

    @Column(name = "k_peer")
    int kPeer;

    @Column(name = "include_self")
    boolean includeSelf;

    @Column(name = "include_manager")
    boolean includeManager;

    @Enumerated(EnumType.STRING)
    @Column(name = "manager_access")
    Access managerAccess;

    @Enumerated(EnumType.STRING)
    @Column(name = "hr_access")
    Access hrAccess;

    @Column(name = "retention_months")
    int retentionMonths;

    @Column(name = "reminder_days_before")
    int reminderDaysBefore;

    @Column(name = "confirm_respondents")
    boolean confirmRespondents;

    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;

    @Column(name = "launched_at")
    Instant launchedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "auto_reminder_sent_at")
    Instant autoReminderSentAt;

    @Column(name = "personal_data_removed_at")
    Instant personalDataRemovedAt;

    @Column(name = "answers_removed_at")
    Instant answersRemovedAt;
}
