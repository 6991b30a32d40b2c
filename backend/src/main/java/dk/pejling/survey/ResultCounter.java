package dk.pejling.survey;

import dk.pejling.survey.SurveyForm.Form;
import dk.pejling.survey.SurveyForm.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Counts a closed round once its ballot box is empty: per leader, rater group and statement the counts, sums and
 * distribution; per leader, anonymous group and value how many ballots scored which statements; invited and submitted per
 * group; and the statement quality figures that need the ballots themselves (item-rest correlations, Cronbach's
 * alpha). A closed round's answers never change, so every report and overview reads these counts instead of the
 * answers (see reports/ResultQueries).
 */
@ApplicationScoped
class ResultCounter {

    record RoundRow(UUID organisationId, UUID frameworkVersionId) {
    }

    private final EntityManager em;
    private final SurveyForm forms;

    ResultCounter(EntityManager em, SurveyForm forms) {
        this.em = em;
        this.forms = forms;
    }

    /**
     * Counts the round in the current transaction, unless another transaction has or is doing so (an advisory lock,
     * waited for or not, and a look for its result); returns its organisation, or null when it was not this one's.
     */
    UUID countOnce(UUID roundId, boolean wait) {
        boolean mine = wait ? em.createNativeQuery("select pg_advisory_xact_lock(:class, hashtext(:id))::text")
                .setParameter("class", LOCK_CLASS).setParameter("id", roundId.toString()).getSingleResult() != null
                : Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(:class, hashtext(:id))")
                        .setParameter("class", LOCK_CLASS).setParameter("id", roundId.toString()).getSingleResult());
        if (!mine || !em.createNativeQuery("select 1 from round_result where round_id = :id")
                .setParameter("id", roundId).getResultList().isEmpty()) {
            return null;
        }
        return count(roundId);
    }

    /** The first key of the advisory locks taken when counting ("cnt"). */
    static final int LOCK_CLASS = 0x636e74;

    /** Counts the round in the current transaction; returns its organisation. */
    private UUID count(UUID roundId) {
        RoundRow round = dk.pejling.common.Sql.query(em, """
                select organisation_id, framework_version_id from round where id = :id""")
                .param("id", roundId).list(RoundRow.class).get(0);
        Form form = forms.of(round.organisationId(), round.frameworkVersionId()).orElseThrow();
        List<Place> places = form.statements();
        UUID[] statements = places.stream().map(Place::statementId).toArray(UUID[]::new);
        UUID[] values = places.stream().map(Place::valueId).toArray(UUID[]::new);
        Integer[] positions = places.stream().map(Place::position).toArray(Integer[]::new);

        run("insert into round_result (round_id, organisation_id, ready_at) values (:round, :org, now())", roundId,
                round.organisationId());
        // The round's answers are read once, with their leader, rater group, ballot and place in the framework, into
        // a table of this transaction; every count below reads that instead of joining the ballot tables again.
        em.createNativeQuery("""
                create temporary table counted_answer on commit drop as
                select b.evaluee_id, b.rater_group, b.id as ballot_id, a.statement_id, a.score, p.value_id, p.position
                from ballot b
                join ballot_answer a on a.ballot_id = b.id
                join unnest(cast(:statements as uuid[]), cast(:values as uuid[]), cast(:positions as int[]))
                    as p(statement_id, value_id, position) on p.statement_id = a.statement_id
                where b.round_id = :round""")
                .setParameter("round", roundId).setParameter("statements", statements)
                .setParameter("values", values).setParameter("positions", positions).executeUpdate();
        // A temporary table has no statistics until it is analysed (autovacuum never sees it); without them the
        // planner takes it for a few rows and joins it by nested loops, which at a municipality's round of a
        // million answers runs past the transaction timeout.
        em.createNativeQuery("analyze counted_answer").executeUpdate();
        run("""
                insert into result_statement (round_id, evaluee_id, rater_group, statement_id, scored, dont_know, total,
                    squares, c1, c2, c3, c4, c5)
                select :round, evaluee_id, rater_group, statement_id, count(score),
                       count(*) filter (where score is null), coalesce(sum(score), 0),
                       coalesce(sum(score * score), 0),
                       count(*) filter (where score = 1), count(*) filter (where score = 2),
                       count(*) filter (where score = 3), count(*) filter (where score = 4),
                       count(*) filter (where score = 5)
                from counted_answer
                group by evaluee_id, rater_group, statement_id""", roundId, null);
        run("""
                insert into result_count (round_id, evaluee_id, rater_group, invited, submitted)
                select :round, coalesce(i.evaluee_id, s.evaluee_id), coalesce(i.rater_group, s.rater_group),
                       coalesce(i.n, 0), coalesce(s.n, 0)
                from (select evaluee_id, rater_group, count(*) as n from ticket where round_id = :round
                      group by evaluee_id, rater_group) i
                full join (select evaluee_id, rater_group, count(*) as n from ballot where round_id = :round
                           group by evaluee_id, rater_group) s
                  on s.evaluee_id = i.evaluee_id and s.rater_group = i.rater_group""", roundId, null);
        // Per ballot of an anonymous group (employees, leader colleagues) and value: which statements it scored, how
        // many, and the sum of its scores.
        em.createNativeQuery("""
                create temporary table counted_ballot_value on commit drop as
                select evaluee_id, rater_group, value_id, ballot_id,
                       coalesce(bit_or(1 << position) filter (where score is not null), 0) as scored_mask,
                       count(score) as scored, sum(score) as total
                from counted_answer where rater_group in ('EMPLOYEE', 'PEER')
                group by evaluee_id, rater_group, value_id, ballot_id""").executeUpdate();
        em.createNativeQuery("analyze counted_ballot_value").executeUpdate();
        run("""
                insert into result_pattern (round_id, evaluee_id, rater_group, value_id, scored_mask, ballots)
                select :round, evaluee_id, rater_group, value_id, scored_mask, count(*)
                from counted_ballot_value group by evaluee_id, rater_group, value_id, scored_mask""", roundId, null);
        em.createNativeQuery(PLACES + COMPLETE + """
                insert into result_item (round_id, statement_id, complete, item_rest)
                select :round, p.statement_id, coalesce(c.complete, 0), i.item_rest
                from place p
                left join (select value_id, count(*) as complete from complete group by value_id) c
                  on c.value_id = p.value_id
                left join (select statement_id, corr(score, total - score) as item_rest from scored
                           group by statement_id) i on i.statement_id = p.statement_id""")
                .setParameter("round", roundId).setParameter("statements", statements)
                .setParameter("values", values).setParameter("positions", positions).executeUpdate();
        em.createNativeQuery(PLACES + COMPLETE + """
                , item_variance as materialized (
                    select value_id, statement_id, var_samp(score) as variance from scored
                    group by value_id, statement_id
                ), total_variance as (
                    select value_id, count(*) as complete, var_samp(total) as variance
                    from complete group by value_id
                ), value_items as (
                    select value_id, count(*) as items from place group by value_id
                )
                insert into result_alpha (round_id, value_id, complete, alpha)
                select :round, v.value_id, coalesce(t.complete, 0),
                       case when v.items >= 2 and t.complete >= 2 and t.variance > 0
                            then v.items / (v.items - 1.0)
                                 * (1 - (select sum(variance) from item_variance i where i.value_id = v.value_id)
                                        / t.variance) end
                from value_items v left join total_variance t on t.value_id = v.value_id""")
                .setParameter("round", roundId).setParameter("statements", statements)
                .setParameter("values", values).setParameter("positions", positions).executeUpdate();
        em.createNativeQuery("drop table counted_answer, counted_ballot_value").executeUpdate();
        return round.organisationId();
    }

    private void run(String sql, UUID roundId, UUID organisationId) {
        var query = em.createNativeQuery(sql).setParameter("round", roundId);
        if (organisationId != null) {
            query.setParameter("org", organisationId);
        }
        query.executeUpdate();
    }

    /** The framework version's statements with their value and position in it, from the form (no table read). */
    private static final String PLACES = """
            with place as (
                select * from unnest(cast(:statements as uuid[]), cast(:values as uuid[]), cast(:positions as int[]))
                    as p(statement_id, value_id, position)
            )
            """;

    /**
     * The employee ballots that scored every statement of a value ({@code complete}: one row per ballot and value,
     * with the sum of its scores) and their answers with that sum ({@code scored}), from this transaction's tables.
     */
    private static final String COMPLETE = """
            , items as (
                select value_id, count(*) as items from place group by value_id
            ), complete as (
                select v.ballot_id, v.value_id, v.total from counted_ballot_value v
                join items i on i.value_id = v.value_id where v.scored = i.items and v.rater_group = 'EMPLOYEE'
            ), scored as (
                select a.statement_id, a.value_id, a.score, c.total
                from counted_answer a join complete c on c.ballot_id = a.ballot_id and c.value_id = a.value_id
                where a.rater_group = 'EMPLOYEE'
            )
            """;
}
