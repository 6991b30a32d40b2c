package dk.pejling.survey;

import dk.pejling.rounds.RoundClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * When a round closes, its ballots, answers and stories are written anew, with new random ids and in random order,
 * in the closing transaction. While a round is open, PostgreSQL's own bookkeeping (a row's creating transaction id and
 * its physical position) could tie a ballot to the invitation marked used in the same transaction; after this, every
 * ballot of the round carries the same transaction id and an order that says nothing, and the old row versions are
 * left for vacuum to remove.
 */
@ApplicationScoped
class BallotResealer {

    private final EntityManager em;

    BallotResealer(EntityManager em) {
        this.em = em;
    }

    void onClose(@Observes RoundClosed closed) {
        em.flush();
        em.createNativeQuery("""
                create temporary table ballot_reseal on commit drop as
                select id as old_id, gen_random_uuid() as new_id from ballot where round_id = ?1 order by random()
                """).setParameter(1, closed.roundId()).executeUpdate();
        em.createNativeQuery("""
                insert into ballot (id, organisation_id, round_id, evaluee_id, rater_group)
                select r.new_id, b.organisation_id, b.round_id, b.evaluee_id, b.rater_group
                from ballot_reseal r join ballot b on b.id = r.old_id order by random()
                """).executeUpdate();
        em.createNativeQuery("""
                insert into ballot_answer (ballot_id, statement_id, score)
                select r.new_id, a.statement_id, a.score
                from ballot_answer a join ballot_reseal r on r.old_id = a.ballot_id order by random()
                """).executeUpdate();
        em.createNativeQuery("delete from ballot where id in (select old_id from ballot_reseal)").executeUpdate();
        em.createNativeQuery("drop table ballot_reseal").executeUpdate();
        em.createNativeQuery("""
                create temporary table story_reseal on commit drop as select id as old_id from story where round_id = ?1
                """).setParameter(1, closed.roundId()).executeUpdate();
        em.createNativeQuery("""
                insert into story (id, organisation_id, round_id, evaluee_id, rater_group, value_id, text)
                select gen_random_uuid(), s.organisation_id, s.round_id, s.evaluee_id, s.rater_group, s.value_id, s.text
                from story s join story_reseal r on r.old_id = s.id order by random()
                """).executeUpdate();
        em.createNativeQuery("delete from story where id in (select old_id from story_reseal)").executeUpdate();
        em.createNativeQuery("drop table story_reseal").executeUpdate();
    }
}
