-- The survey's submission as the application does it now, in SQL: find the link's ticket by the token's hash (with
-- its round and leader, share-locking the round), use it once, and put one sealed, padded ballot (2,077 bytes) into
-- the ballot box. One statement, one commit.
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
)
insert into ballot_box (id, organisation_id, round_id, evaluee_id, rater_group, sealed)
select gen_random_uuid(), organisation_id, round_id, evaluee_id, rater_group, (select sealed from bench_blob)
from used;
