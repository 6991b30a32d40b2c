package dk.pejling.rounds;

import dk.pejling.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the survey may know of a link: the ticket its token opens — the round, the leader and the rater group, whether
 * it was used, and the sealed draft. A ticket names no person and no invitation; the only way from an invitation to
 * its ticket is to derive the token with the server's secret (see docs/anonymity.md).
 */
@ApplicationScoped
@Transactional
public class Invitations {

    /** A ticket as the survey sees it, found by the hash of its token. */
    public record InvitationContext(byte[] tokenHash, UUID organisationId, UUID roundId, String roundName,
            RoundStatus roundStatus, Instant closesAt, int k, int kStory, UUID frameworkVersionId, UUID evalueeId,
            String leaderName, RaterGroup group, boolean used, byte[] draft) {

        /** Open for answers: launched, not closed, and before the closing time. */
        public boolean open(Instant now) {
            return roundStatus == RoundStatus.OPEN && closesAt.isAfter(now);
        }
    }

    private final EntityManager em;

    Invitations(EntityManager em) {
        this.em = em;
    }

    /**
     * The ticket of a token. A missing or absurd token is looked up like any other, so timing tells nothing. For a
     * submission ({@code submitting}) the round's row is share-locked until the transaction ends, so that closing the
     * round waits for submissions under way and none lands in a round already counted.
     */
    public Optional<InvitationContext> byToken(String token, boolean submitting) {
        if (token == null || token.isBlank() || token.length() > 200) {
            token = "-";
        }
        byte[] hash = SurveyTokens.hash(token);
        // One query, hit or miss, with no entities to load.
        return Sql.query(em, """
                select t.organisation_id, t.round_id, r.name as round_name, r.status as round_status, r.closes_at,
                       r.k, r.k_story, r.framework_version_id, t.evaluee_id, e.leader_name, t.rater_group, t.used,
                       t.draft
                from ticket t
                join round r on r.id = t.round_id
                join round_evaluee e on e.id = t.evaluee_id
                where t.token_hash = :hash""" + (submitting ? " for key share of r" : "")).param("hash", hash).list(TicketWithDraft.class).stream().findFirst()
                .map(t -> new InvitationContext(hash, t.organisationId(), t.roundId(), t.roundName(), t.roundStatus(),
                        t.closesAt(), t.k(), t.kStory(), t.frameworkVersionId(), t.evalueeId(), t.leaderName(),
                        t.raterGroup(), t.used(), t.draft()));
    }

    record TicketWithDraft(UUID organisationId, UUID roundId, String roundName, RoundStatus roundStatus,
            Instant closesAt, int k, int kStory, UUID frameworkVersionId, UUID evalueeId, String leaderName,
            RaterGroup raterGroup, boolean used, byte[] draft) {
    }

    /** Uses the ticket, once: false when it already was (a second submit, or the loser of a race). */
    public boolean markUsed(byte[] tokenHash) {
        return em.createNativeQuery("update ticket set used = true, draft = null where token_hash = :hash and not used")
                .setParameter("hash", tokenHash).executeUpdate() == 1;
    }

    /** Keeps the sealed draft on an unused ticket; false when the ticket was used meanwhile. */
    public boolean saveDraft(byte[] tokenHash, byte[] sealed) {
        return em.createNativeQuery("update ticket set draft = :draft where token_hash = :hash and not used")
                .setParameter("draft", sealed).setParameter("hash", tokenHash).executeUpdate() == 1;
    }
}
