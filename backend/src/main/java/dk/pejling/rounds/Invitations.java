package dk.pejling.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the survey may know of an invitation, found by its token. Nothing here says who the invitee is. */
@ApplicationScoped
@Transactional
public class Invitations {

    /** An invitation as the survey sees it: the round, the leader and the rater group; never the person. */
    public record InvitationContext(UUID invitationId, UUID organisationId, UUID roundId, String roundName,
            RoundStatus roundStatus, Instant closesAt, int k, int kStory, UUID frameworkVersionId, UUID evalueeId,
            String leaderName, RaterGroup group, boolean used, String draft) {

        /** Open for answers: launched, not closed, and before the closing time. */
        public boolean open(Instant now) {
            return roundStatus == RoundStatus.OPEN && closesAt.isAfter(now);
        }
    }

    public Optional<InvitationContext> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            // Still hash and look up, so that a missing token takes as long as a wrong one.
            token = "-";
        }
        // One query, hit or miss, with no entities to load: the answer's timing does not tell whether a token exists.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Invitation.getEntityManager().createNativeQuery("""
                select i.id, i.organisation_id, r.id as round_id, r.name, r.status, r.closes_at, r.k, r.k_story,
                       r.framework_version_id, e.id as evaluee_id, e.leader_name, i.rater_group, i.used, i.draft::text
                from invitation i
                join round r on r.id = i.round_id
                join round_evaluee e on e.id = i.evaluee_id
                where i.token_hash = ?1""").setParameter(1, SurveyTokens.hash(token)).getResultList();
        return rows.stream().findFirst().map(r -> new InvitationContext((UUID) r[0], (UUID) r[1], (UUID) r[2],
                (String) r[3], RoundStatus.valueOf((String) r[4]), toInstant(r[5]), ((Number) r[6]).intValue(),
                ((Number) r[7]).intValue(), (UUID) r[8], (UUID) r[9], (String) r[10], RaterGroup.valueOf((String) r[11]),
                (Boolean) r[12], (String) r[13]));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** Marks the invitation used, once: false when it already was (a second submit, or the loser of a race). */
    public boolean markUsed(UUID invitationId) {
        return Invitation.update("used = true, draft = null where id = ?1 and used = false", invitationId) == 1;
    }

    public boolean saveDraft(UUID invitationId, String json) {
        return Invitation.update("draft = ?1 where id = ?2 and used = false", json, invitationId) == 1;
    }
}
