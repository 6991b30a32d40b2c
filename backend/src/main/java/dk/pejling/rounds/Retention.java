package dk.pejling.rounds;

import dk.pejling.common.AuditLog;
import dk.pejling.common.PejlingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Removes what a closed round no longer needs. A short grace period after closing: the invitations (names, e-mails),
 * their mails, the links' tickets and the respondent lists. When the round's retention period ends: its ballots,
 * answers and stories (the survey feature removes them on {@link RoundAnswersExpired}); the leaders' reports keep the
 * figures counted at closing. Runs with the time given, so that it can be tested with a moved clock.
 */
@ApplicationScoped
public class Retention {

    private final EntityManager em;
    private final PejlingConfig config;
    private final AuditLog audit;
    private final Event<RoundAnswersExpired> expired;

    Retention(EntityManager em, PejlingConfig config, AuditLog audit, Event<RoundAnswersExpired> expired) {
        this.em = em;
        this.config = config;
        this.audit = audit;
        this.expired = expired;
    }

    /** Removes whatever is due at {@code now}; returns the number of rounds touched. */
    @Transactional
    public int run(Instant now) {
        int touched = 0;
        List<Round> closed = Round
                .<Round>find("status = ?1 and (personalDataRemovedAt is null or answersRemovedAt is null)",
                        RoundStatus.CLOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2).list();
        for (Round round : closed) {
            if (round.personalDataRemovedAt == null && !round.closedAt.plus(config.retention().grace()).isAfter(now)) {
                removePersonalData(round, now);
                touched++;
            }
            Instant end = round.closedAt.atOffset(ZoneOffset.UTC).plusMonths(round.retentionMonths).toInstant();
            if (round.answersRemovedAt == null && !end.isAfter(now)) {
                expired.fire(new RoundAnswersExpired(round.organisationId, round.id));
                round.answersRemovedAt = now;
                audit.record(round.organisationId, null, "retention.answers", "round", round.id.toString(), null);
                touched++;
            }
        }
        return touched;
    }

    private void removePersonalData(Round round, Instant now) {
        for (String sql : List.of(
                "delete from mail_outbox where round_id = :round",
                "delete from reminder_campaign where round_id = :round",
                "delete from invitation where round_id = :round",
                "delete from ticket where round_id = :round",
                "delete from round_respondent where evaluee_id in (select id from round_evaluee where round_id = :round)")) {
            em.createNativeQuery(sql).setParameter("round", round.id).executeUpdate();
        }
        round.personalDataRemovedAt = now;
        audit.record(round.organisationId, null, "retention.personal-data", "round", round.id.toString(), null);
    }
}
