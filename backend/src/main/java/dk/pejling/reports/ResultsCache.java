package dk.pejling.reports;

import dk.pejling.framework.FrameworkService;
import dk.pejling.reports.ResultQueries.RoundRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Counted results and disclosure plans, kept in memory. A closed round's counts never change once counted, so a round
 * is read from the database once; a plan depends only on the round and on what the reader can obtain (the leaders
 * whose reports they read, and the overview), so readers in the same position share one. Bounded; the least
 * recently used go first. Every replica builds the same from the same data.
 */
@ApplicationScoped
class ResultsCache {

    private static final int MAX_ROUNDS = 16;
    private static final int MAX_PLANS = 512;

    record Loaded(RoundResults results, Disclosure.Tree tree) {
    }

    private final ResultQueries queries;
    private final FrameworkService frameworks;
    private final Map<UUID, Loaded> rounds = lru(MAX_ROUNDS);
    private final Map<String, Disclosure.Plan> plans = lru(MAX_PLANS);

    ResultsCache(ResultQueries queries, FrameworkService frameworks) {
        this.queries = queries;
        this.frameworks = frameworks;
    }

    /** The counted results of a round that is ready; the caller has checked the round's organisation. */
    Loaded results(UUID organisationId, UUID roundId) {
        synchronized (rounds) {
            Loaded loaded = rounds.get(roundId);
            if (loaded != null) {
                return loaded;
            }
        }
        RoundRow round = queries.round(organisationId, roundId).orElseThrow();
        RoundResults results = new RoundResults(round,
                frameworks.version(organisationId, round.frameworkVersionId()).orElseThrow(),
                queries.evaluees(roundId), queries.units(roundId), queries.statements(roundId),
                queries.patterns(roundId), queries.counts(roundId), queries.items(roundId), queries.alphas(roundId));
        Loaded loaded = new Loaded(results, Disclosure.tree(results));
        synchronized (rounds) {
            rounds.put(roundId, loaded);
        }
        return loaded;
    }

    Disclosure.Plan plan(Loaded loaded, Set<Integer> readable, boolean overview) {
        String key = loaded.results().round.id() + "/" + overview + "/" + new TreeSet<>(readable);
        synchronized (plans) {
            Disclosure.Plan plan = plans.get(key);
            if (plan != null) {
                return plan;
            }
        }
        Disclosure.Plan plan = Disclosure.plan(loaded.results(), loaded.tree(),
                new Disclosure.Reader(Set.copyOf(readable), overview));
        synchronized (plans) {
            plans.put(key, plan);
        }
        return plan;
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
