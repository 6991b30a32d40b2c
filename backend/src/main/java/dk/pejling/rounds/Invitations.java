package dk.pejling.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
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
        byte[] hash = SurveyTokens.hash(token);
        return Invitation.<Invitation>find("tokenHash", hash).firstResultOptional().map(i -> {
            Round round = Round.findById(i.roundId);
            Evaluee evaluee = Evaluee.findById(i.evalueeId);
            return new InvitationContext(i.id, i.organisationId, round.id, round.name, round.status, round.closesAt,
                    round.k, round.kStory, round.frameworkVersionId, evaluee.id, evaluee.leaderName, i.raterGroup,
                    i.used, i.draft);
        });
    }

    /** Marks the invitation used, once: false when it already was (a second submit, or the loser of a race). */
    public boolean markUsed(UUID invitationId) {
        return Invitation.update("used = true, draft = null where id = ?1 and used = false", invitationId) == 1;
    }

    public boolean saveDraft(UUID invitationId, String json) {
        return Invitation.update("draft = ?1 where id = ?2 and used = false", json, invitationId) == 1;
    }
}
