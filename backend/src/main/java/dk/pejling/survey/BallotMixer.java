package dk.pejling.survey;

import dk.pejling.common.Sql;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.rounds.RoundAnswersExpired;
import dk.pejling.rounds.RoundClosed;
import dk.pejling.survey.SurveyForm.Form;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
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
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Moves sealed ballots from the ballot box into the ballot tables, so that neither the tables, their system columns
 * nor the write-ahead log tie a stored ballot to fewer than k used links of its leader. A leader's employee ballots
 * are released only when at least 2k wait, and then all but k of them: every batch, the last included, holds at least
 * k (unless fewer than k answered at all, when the one batch holds every ballot there is). When a round has closed,
 * everything left is released, and once its box is empty the round's results are counted ({@link ResultCounter}).
 *
 * <p>Each batch is one transaction of its own, taken by one replica (an advisory lock per leader), with new random ids
 * and in shuffled order; a crash mid-batch rolls the whole batch back, so nothing acknowledged is lost or doubled.
 * While a round is open a transaction releases one leader's batch; when it has closed, one transaction releases the
 * last batches of many leaders at once (shuffled together, which ties each ballot to more others, never fewer), and
 * the rows are written with {@code COPY}: a municipality's round is released and counted in seconds, not minutes.
 */
@ApplicationScoped
class BallotMixer {

    private static final Logger LOG = Logger.getLogger(BallotMixer.class);
    /** The first key of the advisory locks taken here ("mix"), the second is the leader's or round's hash. */
    private static final int LOCK_CLASS = 0x6d6978;

    record Pending(UUID roundId, UUID evalueeId, UUID organisationId, UUID frameworkVersionId, boolean closed, int k,
            int employees) {
    }

    private final EntityManager em;
    private final Sealing sealing;
    private final SurveyForm forms;
    private final ResultCounter counter;
    private final Event<ResultsReady> ready;
    private final ManagedExecutor executor;
    private final SubmissionPace pace;
    /** Set when the application begins to stop: no new batch is started on a database that is going away. */
    private volatile boolean stopping;
    private final SecureRandom random = new SecureRandom();

    BallotMixer(EntityManager em, Sealing sealing, SurveyForm forms, ResultCounter counter,
            Event<ResultsReady> ready, ManagedExecutor executor, SubmissionPace pace) {
        this.executor = executor;
        this.pace = pace;
        this.em = em;
        this.sealing = sealing;
        this.forms = forms;
        this.counter = counter;
        this.ready = ready;
    }

    void stopping(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @Scheduled(every = "${pejling.jobs.mix-interval:10s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        mix(pace.deferOpenRounds());
    }

    /** A round that has just closed is released and counted at once, not at the next tick. */
    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoundClosed closed) {
        executor.execute(() -> {
            try {
                mix(true);
            } catch (RuntimeException e) {
                LOG.warn("Releasing a closed round's ballots failed; the scheduled run will try again", e);
            }
        });
    }

    /** Leaders of a closed round released in one transaction: about this many ballots at a time. */
    static final int CLOSED_BATCH_BALLOTS = 5000;

    /** Releases what may be released, then counts closed rounds whose box is empty; returns ballots released. */
    int mix() {
        return mix(false);
    }

    /**
     * As {@link #mix()}; with {@code closedOnly} only closed rounds are released (while the replica is busy taking
     * submissions, see {@link SubmissionPace}, or when a round has just closed).
     */
    int mix(boolean closedOnly) {
        int released = 0;
        for (List<Pending> batch : batches(QuarkusTransaction.requiringNew().call(() -> pending(closedOnly)))) {
            if (stopping) {
                return released; // the rest is released after the restart (or by another replica)
            }
            try {
                released += QuarkusTransaction.requiringNew().call(() -> release(batch));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Releasing the ballots of %d leader(s) in round %s failed; trying again later",
                        batch.size(), batch.get(0).roundId());
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

    /**
     * Leaders with ballots that may be released now: everything in closed rounds, and full batches in open ones
     * unless {@code closedOnly} (then the open rounds' ballots, the most of the box while links are used, are not
     * read at all).
     */
    private List<Pending> pending(boolean closedOnly) {
        return Sql.query(em, """
                select b.round_id, b.evaluee_id, r.organisation_id, r.framework_version_id,
                       r.status = 'CLOSED' as closed, r.k,
                       count(*) filter (where b.rater_group = 'EMPLOYEE') as employees
                from ballot_box b join round r on r.id = b.round_id
                """ + (closedOnly ? "where r.status = 'CLOSED'\n" : "") + """
                group by b.round_id, b.evaluee_id, r.organisation_id, r.framework_version_id, r.status, r.k
                having r.status = 'CLOSED' or count(*) filter (where b.rater_group = 'EMPLOYEE') >= 2 * r.k
                order by b.round_id, b.evaluee_id
                """).list(Pending.class);
    }

    /**
     * What one transaction releases: a single leader while the round is open (its batches come at different times);
     * the leaders of a closed round, as many as hold about {@link #CLOSED_BATCH_BALLOTS} employee ballots.
     */
    static List<List<Pending>> batches(List<Pending> pending) {
        List<List<Pending>> batches = new ArrayList<>();
        List<Pending> current = new ArrayList<>();
        int ballots = 0;
        for (Pending p : pending) {
            boolean joins = p.closed() && !current.isEmpty() && current.get(0).closed()
                    && current.get(0).roundId().equals(p.roundId()) && ballots + p.employees() <= CLOSED_BATCH_BALLOTS;
            if (!joins && !current.isEmpty()) {
                batches.add(current);
                current = new ArrayList<>();
                ballots = 0;
            }
            current.add(p);
            ballots += p.employees();
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    record Boxed(UUID id, UUID evalueeId, RaterGroup raterGroup, byte[] sealed) {
    }

    /** Releases the ballots of some leaders of one round that may be released now, in this transaction. */
    private int release(List<Pending> leaders) {
        Pending first = leaders.get(0);
        UUID[] locked = lockedLeaders(leaders.stream().map(Pending::evalueeId).toArray(UUID[]::new));
        if (locked.length == 0) {
            return 0;
        }
        // Read again under the locks: another replica may have released some meanwhile.
        List<Boxed> boxed = Sql.query(em, """
                select id, evaluee_id, rater_group, sealed from ballot_box
                where round_id = :round and evaluee_id = any(cast(:evaluees as uuid[]))""")
                .param("round", first.roundId()).param("evaluees", locked).list(Boxed.class);
        boolean closed = Boolean.TRUE.equals(em.createNativeQuery("select status = 'CLOSED' from round where id = :id")
                .setParameter("id", first.roundId()).getSingleResult());
        List<Boxed> chosen = new ArrayList<>();
        if (closed) {
            chosen.addAll(boxed);
        } else {
            for (UUID evaluee : locked) {
                List<Boxed> mine = new ArrayList<>(boxed.stream()
                        .filter(b -> b.evalueeId().equals(evaluee) && b.raterGroup() == RaterGroup.EMPLOYEE).toList());
                if (mine.size() >= 2 * first.k()) {
                    Collections.shuffle(mine, random);
                    chosen.addAll(mine.subList(0, mine.size() - first.k()));
                }
            }
        }
        if (chosen.isEmpty()) {
            return 0;
        }
        Form form = forms.of(first.organisationId(), first.frameworkVersionId()).orElseThrow();
        UUID org = first.organisationId();
        UUID round = first.roundId();
        List<String> ballots = new ArrayList<>(chosen.size());
        List<String> answers = new ArrayList<>(chosen.size() * form.statements().size());
        List<String> stories = new ArrayList<>();
        for (Boxed box : chosen) {
            Sealing.Contents contents = sealing.open(box.sealed(), round, box.evalueeId(), box.raterGroup());
            UUID ballot = UUID.randomUUID();
            ballots.add(Copy.row(ballot, org, round, box.evalueeId(), box.raterGroup().name()));
            for (int i = 0; i < contents.scores().length; i++) {
                int score = contents.scores()[i];
                answers.add(Copy.row(ballot, form.at(i).statementId(), score == 0 ? null : score));
            }
            for (Sealing.StoryText story : contents.stories()) {
                stories.add(Copy.row(UUID.randomUUID(), org, round, box.evalueeId(), box.raterGroup().name(),
                        form.valueAt(story.valueIndex()), story.text()));
            }
        }
        Collections.shuffle(ballots, random);
        Collections.shuffle(answers, random);
        Collections.shuffle(stories, random);
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            Copy.in(connection, "ballot (id, organisation_id, round_id, evaluee_id, rater_group)", ballots);
            Copy.in(connection, "ballot_answer (ballot_id, statement_id, score)", answers);
            Copy.in(connection, "story (id, organisation_id, round_id, evaluee_id, rater_group, value_id, text)",
                    stories);
        });
        em.createNativeQuery("delete from ballot_box where id = any(cast(:ids as uuid[]))")
                .setParameter("ids", chosen.stream().map(Boxed::id).toArray(UUID[]::new)).executeUpdate();
        return chosen.size();
    }

    /** The leaders among these whose lock this transaction got (another replica may be releasing the others). */
    private UUID[] lockedLeaders(UUID[] evaluees) {
        @SuppressWarnings("unchecked")
        List<UUID> locked = em.createNativeQuery(
                """
                        select id from unnest(cast(:ids as uuid[])) id where pg_try_advisory_xact_lock(:class, hashtext(id::text))
                        """,
                UUID.class).setParameter("ids", evaluees).setParameter("class", LOCK_CLASS).getResultList();
        return locked.toArray(UUID[]::new);
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
