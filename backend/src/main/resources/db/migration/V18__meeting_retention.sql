-- Retention for meeting evaluations (docs/anonymity.md, "Meeting evaluations"): a grace period after an evaluation
-- ends its invitations, tickets and per-browser marks are deleted; when its retention period ends its answers and
-- stories are, and the figures counted from them stay here, so that its result, the leader's trend and HR's overview
-- keep their numbers without any single answer.

alter table meeting_evaluation
    add column personal_data_removed_at timestamptz,
    add column answers_removed_at       timestamptz,
    add column kept_answers             integer,
    add column kept_scored              integer,
    add column kept_total               integer,
    add column kept_d1                  integer,
    add column kept_d2                  integer,
    add column kept_d3                  integer,
    add column kept_d4                  integer,
    add column kept_d5                  integer,
    add constraint meeting_evaluation_kept_check check (
        (answers_removed_at is null and kept_answers is null)
        or (answers_removed_at is not null and kept_answers is not null and kept_scored is not null
            and kept_total is not null and kept_d1 is not null and kept_d2 is not null and kept_d3 is not null
            and kept_d4 is not null and kept_d5 is not null));

create index meeting_evaluation_retention_idx on meeting_evaluation (answers_removed_at)
    where answers_removed_at is null;
