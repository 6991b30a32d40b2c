package dk.pejling.rounds;

import dk.pejling.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** What a submission needs of its ticket, read in one plain query (no entities, no draft). */
    public record Ticket(byte[] tokenHash, UUID organisationId, UUID roundId, RoundStatus roundStatus, Instant closesAt,
            UUID frameworkVersionId, UUID evalueeId, RaterGroup group, boolean used) {

        /** Open for answers: launched, not closed, and before the closing time. */
        public boolean open(Instant now) {
            return roundStatus == RoundStatus.OPEN && closesAt.isAfter(now);
        }
    }

    /**
     * The part of a submission that uses its ticket, to be written in the same statement as the sealed ballot: a
     * common table expression {@code used} that marks the ticket of a token hash (parameter 2) used, only if it was
     * not and its round (parameter 1) is open, and returns the ticket's organisation_id, round_id, evaluee_id and
     * rater_group. The round's row is share-locked until the statement commits, so that closing the round waits for
     * submissions under way and none lands in a round already closed; of two submissions racing with one token, the
     * second finds the ticket used and writes nothing.
     */
    public static final String USE_TICKET = """
            open_round as materialized (
                select id from round where id = ? and status = 'OPEN' and closes_at > now() for key share
            ), used as (
                update ticket set used = true, draft = null
                where token_hash = ? and not used and round_id = (select id from open_round)
                returning organisation_id, round_id, evaluee_id, rater_group
            )""";

    private static final String TICKET = """
            select t.organisation_id, t.round_id, r.status, r.closes_at, r.framework_version_id, t.evaluee_id,
                   t.rater_group, t.used
            from ticket t join round r on r.id = t.round_id where t.token_hash = ?""";

    private final EntityManager em;

    Invitations(EntityManager em) {
        this.em = em;
    }

    /**
     * The ticket of a token, on the caller's connection: one query by the token's hash, the same for every token, so
     * that an unknown, used or closed link is refused as fast as any other.
     */
    public static Optional<Ticket> ticket(Connection c, String token) throws SQLException {
        byte[] hash = SurveyTokens.hash(token == null || token.isBlank() || token.length() > 200 ? "-" : token);
        try (PreparedStatement s = c.prepareStatement(TICKET)) {
            s.setBytes(1, hash);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Ticket(hash, r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                        RoundStatus.valueOf(r.getString(3)), r.getTimestamp(4).toInstant(), r.getObject(5, UUID.class),
                        r.getObject(6, UUID.class), RaterGroup.valueOf(r.getString(7)), r.getBoolean(8)));
            }
        }
    }

    /**
     * The ticket of a token, with its draft, for showing the survey and saving drafts. A missing or absurd token is
     * looked up like any other, so timing tells nothing.
     */
    public Optional<InvitationContext> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            token = "-";
        }
        byte[] hash = SurveyTokens.hash(token);
        // One query, hit or miss, with no entities to load. A leader colleague is told the colleagues' thresholds.
        return Sql.query(em, """
                select t.organisation_id, t.round_id, r.name as round_name, r.status as round_status, r.closes_at,
                       case when t.rater_group = 'PEER' then r.k_peer else r.k end as k,
                       case when t.rater_group = 'PEER' then greatest(r.k_story, r.k_peer) else r.k_story end
                           as k_story,
                       r.framework_version_id, t.evaluee_id, e.leader_name, t.rater_group, t.used,
                       t.draft
                from ticket t
                join round r on r.id = t.round_id
                join round_evaluee e on e.id = t.evaluee_id
                where t.token_hash = :hash""").param("hash", hash).list(TicketWithDraft.class).stream().findFirst()
                .map(t -> new InvitationContext(hash, t.organisationId(), t.roundId(), t.roundName(), t.roundStatus(),
                        t.closesAt(), t.k(), t.kStory(), t.frameworkVersionId(), t.evalueeId(), t.leaderName(),
                        t.raterGroup(), t.used(), t.draft()));
    }

    record TicketWithDraft(UUID organisationId, UUID roundId, String roundName, RoundStatus roundStatus,
            Instant closesAt, int k, int kStory, UUID frameworkVersionId, UUID evalueeId, String leaderName,
            RaterGroup raterGroup, boolean used, byte[] draft) {
    }

    /** Keeps the sealed draft on an unused ticket; false when the ticket was used meanwhile. */
    public boolean saveDraft(byte[] tokenHash, byte[] sealed) {
        return em.createNativeQuery("update ticket set draft = :draft where token_hash = :hash and not used")
                .setParameter("draft", sealed).setParameter("hash", tokenHash).executeUpdate() == 1;
    }
}
