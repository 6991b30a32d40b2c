package dk.pejling.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Whether a closed round's results are counted, and counting at once data that arrives already closed. */
@ApplicationScoped
public class Results {

    private final ResultCounter counter;
    private final EntityManager em;

    Results(ResultCounter counter, EntityManager em) {
        this.counter = counter;
        this.em = em;
    }

    /** Whether a round's results are counted: its reports can be read. */
    @Transactional
    public boolean ready(UUID roundId) {
        return !em.createNativeQuery("select 1 from round_result where round_id = :id").setParameter("id", roundId)
                .getResultList().isEmpty();
    }

    /**
     * Counts a closed round whose ballots are all in the ballot tables, without telling anyone; nothing when it is
     * counted already (the mixer's job may have been first).
     */
    @Transactional
    public void countQuietly(UUID roundId) {
        counter.countOnce(roundId, true);
    }
}
