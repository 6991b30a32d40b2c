package dk.pejling.survey;

import dk.pejling.common.Batch;
import dk.pejling.common.Sql;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.rounds.RoundAnswersExpired;
import dk.pejling.rounds.RoundClosed;
import dk.pejling.survey.SurveyForm.Form;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Moves sealed ballots from the ballot box into the ballot tables, so that neither the tables, their system columns
 * nor the write-ahead log tie a stored ballot to fewer than k used links of its leader. A leader's employee ballots
 * are released only when at least 2k wait, and then all but k of them: every batch, the last included, holds at least
 * k (unless fewer than k answered at all, when the one batch holds every ballot there is). When a round has closed,
 * everything left is released, and once its box is empty the round's results are counted ({@link ResultCounter}).
 *
 * <p>Each leader's batch is one transaction of its own, taken by one replica (an advisory lock), with new random ids
 * and in shuffled order; a crash mid-batch rolls the whole batch back, so nothing acknowledged is lost or doubled.
 */
@ApplicationScoped
class BallotMixer {

    private static final Logger LOG = Logger.getLogger(BallotMixer.class);
    /** The first key of the advisory locks taken here ("mix"), the second is the leader's or round's hash. */
    private static final int LOCK_CLASS = 0x6d6978;

    record Pending(UUID roundId, UUID evalueeId, UUID organisationId, UUID frameworkVersionId, boolean closed, int k,
            int employees) {
    }

    record Boxed(UUID id, RaterGroup raterGroup, byte[] sealed) {
    }

    private final EntityManager em;
    private final Sealing sealing;
    private final SurveyForm forms;
    private final ResultCounter counter;
    private final Event<ResultsReady> ready;
    private final ManagedExecutor executor;
    private final SecureRandom random = new SecureRandom();

    BallotMixer(EntityManager em, Sealing sealing, SurveyForm forms, ResultCounter counter,
            Event<ResultsReady> ready, ManagedExecutor executor) {
        this.executor = executor;
        this.em = em;
        this.sealing = sealing;
        this.forms = forms;
        this.counter = counter;
        this.ready = ready;
    }

    @Scheduled(every = "${pejling.jobs.mix-interval:10s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        mix();
    }

    /** A round that has just closed is released and counted at once, not at the next tick. */
    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoundClosed closed) {
        executor.execute(() -> {
            try {
                mix();
            } catch (RuntimeException e) {
                LOG.warn("Releasing a closed round's ballots failed; the scheduled run will try again", e);
            }
        });
    }

    /** Releases what may be released, then counts closed rounds whose box is empty; returns ballots released. */
    int mix() {
        int released = 0;
        for (Pending pending : QuarkusTransaction.requiringNew().call(this::pending)) {
            try {
                released += QuarkusTransaction.requiringNew().call(() -> release(pending));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Releasing the ballots of a leader in round %s failed; trying again later",
                        pending.roundId());
            }
        }
        for (UUID roundId : QuarkusTransaction.requiringNew().call(this::countable)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> count(roundId));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Counting the results of round %s failed; trying again later", roundId);
            }
        }
        return released;
    }

    /** Leaders with ballots that may be released now: everything in closed rounds, and full batches in open ones. */
    private List<Pending> pending() {
        return Sql.query(em, """
                select b.round_id, b.evaluee_id, r.organisation_id, r.framework_version_id,
                       r.status = 'CLOSED' as closed, r.k,
                       count(*) filter (where b.rater_group = 'EMPLOYEE') as employees
                from ballot_box b join round r on r.id = b.round_id
                group by b.round_id, b.evaluee_id, r.organisation_id, r.framework_version_id, r.status, r.k
                having r.status = 'CLOSED' or count(*) filter (where b.rater_group = 'EMPLOYEE') >= 2 * r.k
                """).list(Pending.class);
    }

    private int release(Pending pending) {
        if (!locked(pending.evalueeId())) {
            return 0;
        }
        // Read again under the lock: another replica may have released some meanwhile.
        List<Boxed> boxed = Sql.query(em, """
                select id, rater_group, sealed from ballot_box where round_id = :round and evaluee_id = :evaluee
                """).param("round", pending.roundId()).param("evaluee", pending.evalueeId()).list(Boxed.class);
        boolean closed = Boolean.TRUE.equals(em.createNativeQuery("select status = 'CLOSED' from round where id = :id")
                .setParameter("id", pending.roundId()).getSingleResult());
        List<Boxed> chosen = new ArrayList<>(boxed);
        if (!closed) {
            chosen.removeIf(b -> b.raterGroup() != RaterGroup.EMPLOYEE);
            if (chosen.size() < 2 * pending.k()) {
                return 0;
            }
            Collections.shuffle(chosen, random);
            chosen = chosen.subList(0, chosen.size() - pending.k());
        }
        if (chosen.isEmpty()) {
            return 0;
        }
        Form form = forms.of(pending.organisationId(), pending.frameworkVersionId()).orElseThrow();
        List<Object[]> ballots = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> stories = new ArrayList<>();
        for (Boxed box : chosen) {
            Sealing.Contents contents = sealing.open(box.sealed(), pending.roundId(), pending.evalueeId(),
                    box.raterGroup());
            UUID ballot = UUID.randomUUID();
            ballots.add(new Object[] {ballot, pending.organisationId(), pending.roundId(), pending.evalueeId(),
                    box.raterGroup()});
            for (int i = 0; i < contents.scores().length; i++) {
                int score = contents.scores()[i];
                answers.add(new Object[] {ballot, form.at(i).statementId(), score == 0 ? null : (short) score});
            }
            for (Sealing.StoryText story : contents.stories()) {
                stories.add(new Object[] {UUID.randomUUID(), pending.organisationId(), pending.roundId(),
                        pending.evalueeId(), box.raterGroup(), form.valueAt(story.valueIndex()), story.text()});
            }
        }
        Collections.shuffle(ballots, random);
        Collections.shuffle(answers, random);
        Collections.shuffle(stories, random);
        Batch.run(em, "insert into ballot (id, organisation_id, round_id, evaluee_id, rater_group) values (?, ?, ?, ?, ?)",
                ballots);
        Batch.run(em, "insert into ballot_answer (ballot_id, statement_id, score) values (?, ?, ?)", answers);
        Batch.run(em, "insert into story (id, organisation_id, round_id, evaluee_id, rater_group, value_id, text) "
                + "values (?, ?, ?, ?, ?, ?, ?)", stories);
        em.createNativeQuery("delete from ballot_box where id = any(cast(:ids as uuid[]))")
                .setParameter("ids", chosen.stream().map(Boxed::id).toArray(UUID[]::new)).executeUpdate();
        return chosen.size();
    }

    /** Closed rounds whose box is empty and whose results are not counted yet. */
    private List<UUID> countable() {
        @SuppressWarnings("unchecked")
        List<UUID> rounds = em.createNativeQuery("""
                select r.id from round r
                where r.status = 'CLOSED'
                  and not exists (select 1 from round_result x where x.round_id = r.id)
                  and not exists (select 1 from ballot_box b where b.round_id = r.id)
                """, UUID.class).getResultList();
        return rounds;
    }

    private void count(UUID roundId) {
        UUID organisationId = counter.countOnce(roundId, false);
        if (organisationId != null) {
            ready.fire(new ResultsReady(organisationId, roundId));
        }
    }

    /** Removes a round's ballots, answers and stories when its retention ends; its counted results stay. */
    void expire(@Observes RoundAnswersExpired expired) {
        for (String sql : List.of("delete from story where round_id = :round",
                "delete from ballot where round_id = :round", "delete from ballot_box where round_id = :round")) {
            em.createNativeQuery(sql).setParameter("round", expired.roundId()).executeUpdate();
        }
    }

    private boolean locked(UUID id) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(:class, hashtext(:id))")
                .setParameter("class", LOCK_CLASS).setParameter("id", id.toString()).getSingleResult());
    }
}
