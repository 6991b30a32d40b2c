package dk.pejling.meetings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A meeting evaluated against one value; its answers and stories are read in SQL ({@link MeetingResults}). */
@Entity
@Table(name = "meeting_evaluation")
class MeetingEvaluation extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Column(name = "leader_id")
    UUID leaderId;

    String name;

    @Column(name = "meeting_date")
    LocalDate meetingDate;

    @Column(name = "framework_id")
    UUID frameworkId;

    @Column(name = "framework_version_id")
    UUID frameworkVersionId;

    @Column(name = "value_id")
    UUID valueId;

    @Column(name = "value_title")
    String valueTitle;

    int k;

    @Column(name = "link_hash")
    byte[] linkHash;

    /** Invited by mail, one single-use link each: the open link takes no answers. */
    @Column(name = "by_mail")
    boolean byMail;

    @Column(name = "closes_at")
    Instant closesAt;

    @Column(name = "closed_at")
    Instant closedAt;

    /** When the leader sent the one reminder to those invited by mail who had not answered. */
    @Column(name = "reminded_at")
    Instant remindedAt;

    /** Set by {@link MeetingRetention} when the retention period ended and the answers and stories were deleted. */
    @Column(name = "answers_removed_at", insertable = false, updatable = false)
    Instant answersRemovedAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;

    /** Answers are taken until the leader closes it or its time runs out. */
    boolean acceptsAnswers(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    /**
     * Results are read only when no answer can arrive any more: closed by the leader, or a minute after its time ran
     * out, so that an answer that was being stored at that moment is in every read (docs/anonymity.md).
     */
    boolean resultsFinal(Instant now) {
        return closedAt != null || !now.isBefore(closesAt.plusSeconds(60));
    }
}
