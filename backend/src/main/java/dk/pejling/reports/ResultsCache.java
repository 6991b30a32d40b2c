package dk.pejling.reports;

import dk.pejling.framework.FrameworkService;
import dk.pejling.reports.ResultQueries.RoundRow;
import dk.pejling.rounds.RaterGroup;
import dk.pejling.survey.ResultsReady;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Counted results and disclosure plans, kept in memory. A closed round's counts never change once counted, so a round
 * is read from the database once; a plan depends only on the round and on what the reader can obtain (the leaders
 * whose reports they read, and the overview), so readers in the same position share one. Bounded; the least
 * recently used go first. Every replica builds the same from the same data.
 *
 * <p>A round is read in the background as soon as it is counted, and the rounds counted most recently are read when
 * the application starts, so that the first leader or HR consultant to open a report or the overview does not wait
 * for it (a round of 1,500 leaders takes a second or two), together with HR's plan for the overview. Two requests for
 * a round being read, or a plan being made, wait for the same read or plan.
 */
@ApplicationScoped
class ResultsCache {

    private static final int MAX_ROUNDS = 16;
    private static final int MAX_PLANS = 512;

    record Loaded(RoundResults results, Disclosure.Tree tree) {
    }

    /**
     * A round read ahead, with HR's plan for its overview: what the first HR request will need; {@code atStart} when
     * read before the replica is ready rather than after a count.
     */
    record ReadAhead(Loaded loaded, Disclosure.Plan overviewPlan, boolean atStart) {
    }

    /** Rounds read at start: the most recently counted, within this many days. */
    private static final int WARM_ROUNDS = 8;
    private static final int WARM_DAYS = 90;
    private static final Logger LOG = Logger.getLogger(ResultsCache.class);

    private final ResultQueries queries;
    private final FrameworkService frameworks;
    private final ManagedExecutor executor;
    private final Event<ReadAhead> readAhead;
    private final Map<UUID, Loaded> rounds = lru(MAX_ROUNDS);
    private final Map<UUID, CompletableFuture<Loaded>> reading = new ConcurrentHashMap<>();
    private final Map<String, Disclosure.Plan> plans = lru(MAX_PLANS);
    private final Map<String, CompletableFuture<Disclosure.Plan>> planning = new ConcurrentHashMap<>();
    private volatile boolean warmed;

    ResultsCache(ResultQueries queries, FrameworkService frameworks, ManagedExecutor executor,
            Event<ReadAhead> readAhead) {
        this.queries = queries;
        this.frameworks = frameworks;
        this.executor = executor;
        this.readAhead = readAhead;
    }

    /** A round just counted: its reports open now, and its leaders are being told. */
    void counted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultsReady ready) {
        executor.execute(() -> warm(ready.organisationId(), ready.roundId(), false));
    }

    void started(@Observes StartupEvent start) {
        executor.execute(() -> {
            try {
                QuarkusTransaction.requiringNew().call(() -> queries.recentlyCounted(WARM_DAYS, WARM_ROUNDS))
                        .forEach(r -> warm(r.organisationId(), r.roundId(), true));
            } catch (RuntimeException e) {
                LOG.warn("Could not read the recently counted rounds ahead; they are read when first asked for", e);
            } finally {
                warmed = true;
            }
        });
    }

    /** Whether the rounds counted recently have been read since the start (or the attempt is over). */
    boolean warmed() {
        return warmed;
    }

    private void warm(UUID organisationId, UUID roundId, boolean atStart) {
        try {
            Loaded loaded = QuarkusTransaction.requiringNew().call(() -> results(organisationId, roundId));
            // HR's overview without access to leaders' reports (the usual case) needs the same plan for every HR
            // consultant: made here, it is not made on the first HR request after a count or a start.
            Disclosure.Plan plan = plan(loaded, Set.of(), true);
            // Before readiness at start: whatever builds a view from it runs once now, not on a reader's request.
            readAhead.fire(new ReadAhead(loaded, plan, atStart));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not read round %s ahead; it is read when first asked for", roundId);
        }
    }

    /** The counted results of a round that is ready; the caller has checked the round's organisation. */
    Loaded results(UUID organisationId, UUID roundId) {
        synchronized (rounds) {
            Loaded loaded = rounds.get(roundId);
            if (loaded != null) {
                return loaded;
            }
        }
        CompletableFuture<Loaded> mine = new CompletableFuture<>();
        CompletableFuture<Loaded> other = reading.putIfAbsent(roundId, mine);
        if (other != null) {
            return other.join();
        }
        try {
            Loaded loaded = read(organisationId, roundId);
            synchronized (rounds) {
                rounds.put(roundId, loaded);
            }
            mine.complete(loaded);
            return loaded;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            reading.remove(roundId, mine);
        }
    }

    private Loaded read(UUID organisationId, UUID roundId) {
        RoundRow round = queries.round(organisationId, roundId).orElseThrow();
        RoundResults results = new RoundResults(round,
                frameworks.version(organisationId, round.frameworkVersionId()).orElseThrow(),
                queries.evaluees(roundId), queries.units(roundId), queries.statements(roundId),
                queries.patterns(roundId), queries.counts(roundId), queries.items(roundId), queries.alphas(roundId),
                queries.patterns(roundId, RaterGroup.PEER));
        return new Loaded(results, Disclosure.tree(results));
    }

    Disclosure.Plan plan(Loaded loaded, Set<Integer> readable, boolean overview) {
        String key = loaded.results().round.id() + "/" + overview + "/" + new TreeSet<>(readable);
        synchronized (plans) {
            Disclosure.Plan plan = plans.get(key);
            if (plan != null) {
                return plan;
            }
        }
        // A plan being made (in the background after a count, or by another request) is waited for, not made twice.
        CompletableFuture<Disclosure.Plan> mine = new CompletableFuture<>();
        CompletableFuture<Disclosure.Plan> other = planning.putIfAbsent(key, mine);
        if (other != null) {
            return other.join();
        }
        try {
            Disclosure.Plan plan = Disclosure.plan(loaded.results(), loaded.tree(),
                    new Disclosure.Reader(Set.copyOf(readable), overview));
            synchronized (plans) {
                plans.put(key, plan);
            }
            mine.complete(plan);
            return plan;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            planning.remove(key, mine);
        }
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    static List<Integer> indexes(RoundResults results, List<UUID> evalueeIds) {
        return evalueeIds.stream().map(results.evalueeIndex::get).filter(java.util.Objects::nonNull).toList();
    }
}
