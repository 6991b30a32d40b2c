package dk.pejling.lus;

import dk.pejling.rounds.RoundAnswersExpired;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Report PDFs kept once rendered, by a digest of their content (docs/performance.md, "Report PDF"). Each read or write
 * is a short transaction of its own, so that a download holds no transaction while the PDF is rendered. A document not
 * downloaded for a week is dropped when a newer one of the same report is kept; a round's documents go with its answers
 * and stories when its retention period ends, and with the round.
 */
@ApplicationScoped
class StoredPdfs {

    private final EntityManager em;

    StoredPdfs(EntityManager em) {
        this.em = em;
    }

    /** The kept document with this content, if any. */
    Optional<byte[]> find(UUID roundId, UUID leaderId, byte[] digest) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<byte[]> rows = em.createNativeQuery("""
                    select bytes from report_pdf where round_id = :round and leader_id = :leader and digest = :digest
                    """).setParameter("round", roundId).setParameter("leader", leaderId)
                    .setParameter("digest", digest).getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            // Once a day at most: a download is a read, not a write.
            em.createNativeQuery("""
                    update report_pdf set read_at = now()
                    where round_id = :round and leader_id = :leader and digest = :digest
                      and read_at < now() - interval '1 day'
                    """).setParameter("round", roundId).setParameter("leader", leaderId)
                    .setParameter("digest", digest).executeUpdate();
            return Optional.of(rows.get(0));
        });
    }

    /** Keeps a rendered document; another replica may have kept the same one meanwhile. */
    void keep(UUID organisationId, UUID roundId, UUID leaderId, byte[] digest, byte[] bytes) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    delete from report_pdf
                    where round_id = :round and leader_id = :leader and read_at < now() - interval '7 days'
                    """).setParameter("round", roundId).setParameter("leader", leaderId).executeUpdate();
            em.createNativeQuery("""
                    insert into report_pdf (organisation_id, round_id, leader_id, digest, bytes)
                    values (:organisation, :round, :leader, :digest, :bytes)
                    on conflict do nothing
                    """).setParameter("organisation", organisationId).setParameter("round", roundId)
                    .setParameter("leader", leaderId).setParameter("digest", digest).setParameter("bytes", bytes)
                    .executeUpdate();
        });
    }

    /** How many documents are kept for a round (for tests and the benchmark's log). */
    long count(UUID roundId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from report_pdf where round_id = :round").setParameter("round", roundId)
                .getSingleResult()).longValue());
    }

    /** In the transaction that removes a round's answers and stories: its PDFs print the stories, so they go too. */
    void expired(@Observes RoundAnswersExpired expired) {
        em.createNativeQuery("delete from report_pdf where round_id = :round")
                .setParameter("round", expired.roundId()).executeUpdate();
    }
}
