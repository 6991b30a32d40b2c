package dk.pejling.meetings;

import dk.pejling.common.AuditLog;
import dk.pejling.common.PejlingConfig;
import dk.pejling.meetings.MeetingResults.Counts;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Removes what an ended meeting evaluation no longer needs (docs/anonymity.md, "Meeting evaluations"). An evaluation
 * ends when the leader closes it or its time runs out; then the invitees' addresses go at once. The grace period after
 * that ({@code pejling.retention.grace}, as for rounds): its invitations, tickets and per-browser marks. When its
 * retention period ends ({@code pejling.meetings.retention-months}, default 24): its answers and stories, after the
 * figures counted from them have been kept on the evaluation, so that its result, the leader's trend and HR's
 * overview stay as they were. Runs with the time given, so that it can be tested with a moved clock.
 */
@ApplicationScoped
public class MeetingRetention {

    private final EntityManager em;
    private final PejlingConfig config;
    private final AuditLog audit;
    private final MeetingResults results;
    private final MeetingInvitations invitations;
    private final int months;

    MeetingRetention(EntityManager em, PejlingConfig config, AuditLog audit, MeetingResults results,
            MeetingInvitations invitations) {
        this.em = em;
        this.config = config;
        this.audit = audit;
        this.results = results;
        this.invitations = invitations;
        this.months = config.meetings().retentionMonths();
    }

    @Scheduled(every = "${pejling.retention.interval:1h}", delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        run(Instant.now());
    }

    /** Removes whatever is due at {@code now}; returns the number of evaluations touched. */
    @Transactional
    public int run(Instant now) {
        // An ended evaluation needs no address any more: no invitation or reminder can be answered.
        invitations.forgetEnded(now);
        int touched = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> ended = em.createNativeQuery("""
                select id, organisation_id, coalesce(closed_at, closes_at), personal_data_removed_at is null
                from meeting_evaluation
                where (personal_data_removed_at is null or answers_removed_at is null)
                  and coalesce(closed_at, closes_at + interval '1 minute') <= :now
                order by id for update skip locked
                """).setParameter("now", now).getResultList();
        for (Object[] row : ended) {
            UUID id = (UUID) row[0];
            UUID organisationId = (UUID) row[1];
            Instant end = instant(row[2]);
            boolean personalData = (Boolean) row[3];
            if (personalData && !end.plus(config.retention().grace()).isAfter(now)) {
                removePersonalData(organisationId, id, now);
                touched++;
            }
            Instant answersEnd = end.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
            if (!answersEnd.isAfter(now) && removeAnswers(organisationId, id, now)) {
                touched++;
            }
        }
        return touched;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private void removePersonalData(UUID organisationId, UUID id, Instant now) {
        for (String sql : List.of("delete from meeting_invitation where meeting_id = :id",
                "delete from meeting_ticket where meeting_id = :id",
                "delete from meeting_browser where meeting_id = :id",
                "update meeting_evaluation set personal_data_removed_at = :now where id = :id")) {
            var query = em.createNativeQuery(sql).setParameter("id", id);
            if (sql.contains(":now")) {
                query.setParameter("now", now);
            }
            query.executeUpdate();
        }
        audit.record(organisationId, null, "retention.personal-data", "meeting", id.toString(), null);
    }

    /** Keeps the counted figures on the evaluation, then deletes its answers and stories. */
    private boolean removeAnswers(UUID organisationId, UUID id, Instant now) {
        Counts c = results.counts(id);
        int updated = em.createNativeQuery("""
                update meeting_evaluation set answers_removed_at = :now, kept_answers = :answers,
                       kept_scored = :scored, kept_total = :total, kept_d1 = :d1, kept_d2 = :d2, kept_d3 = :d3,
                       kept_d4 = :d4, kept_d5 = :d5
                where id = :id and answers_removed_at is null
                """).setParameter("now", now).setParameter("answers", (int) c.answers())
                .setParameter("scored", (int) c.scored()).setParameter("total", (int) c.total())
                .setParameter("d1", (int) c.d1()).setParameter("d2", (int) c.d2()).setParameter("d3", (int) c.d3())
                .setParameter("d4", (int) c.d4()).setParameter("d5", (int) c.d5()).setParameter("id", id)
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        em.createNativeQuery("delete from meeting_answer where meeting_id = :id").setParameter("id", id)
                .executeUpdate();
        em.createNativeQuery("delete from meeting_story where meeting_id = :id").setParameter("id", id)
                .executeUpdate();
        audit.record(organisationId, null, "retention.answers", "meeting", id.toString(), null);
        return true;
    }
}
