-- The submission as it was stored before ballots were sealed, for comparison: find the ticket, use it, write a
-- ballot, its 41 answers and a story. One statement, one commit.
with next as materialized (select nextval('bench_next') as n), found as (
    select t.token_hash, t.organisation_id, t.round_id, t.evaluee_id, t.rater_group
    from ticket t join round r on r.id = t.round_id join round_evaluee e on e.id = t.evaluee_id
    where t.token_hash = (select b.token_hash from bench_token b where b.n = (select n from next))
      and r.status = 'OPEN' and r.closes_at > now() and not t.used
    for key share of r
), used as (
    update ticket t set used = true, draft = null from found
    where t.token_hash = found.token_hash and not t.used
    returning found.*
), ballot as (
    insert into ballot (id, organisation_id, round_id, evaluee_id, rater_group)
    select gen_random_uuid(), organisation_id, round_id, evaluee_id, rater_group from used
    returning id, organisation_id, round_id, evaluee_id, rater_group
), answers as (
    insert into ballot_answer (ballot_id, statement_id, score)
    select ballot.id, s.statement_id, s.score from ballot, bench_answer s
)
insert into story (id, organisation_id, round_id, evaluee_id, rater_group, value_id, text)
select gen_random_uuid(), organisation_id, round_id, evaluee_id, rater_group, (select value_id from bench_story),
       (select text from bench_story)
from ballot;
