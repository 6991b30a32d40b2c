-- Anonymity that holds against the database itself, and rounds whose readers and groupings are fixed at launch.
-- docs/anonymity.md explains what each table may and may not tell.

-- 1. Tickets: what a survey link opens, kept apart from the named invitation it was mailed with. A ticket is found
-- by the hash of its token; the token is derived from the invitation's id with a server secret the database never
-- holds, so without that secret nothing in the database says which person a ticket belongs to.
create table ticket (
    token_hash      bytea       primary key,
    organisation_id uuid        not null,
    round_id        uuid        not null,
    evaluee_id      uuid        not null,
    rater_group     varchar(10) not null check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER')),
    used            boolean     not null default false,
    -- Unfinished answers, encrypted under a key derived from the token itself.
    draft           bytea,
    foreign key (organisation_id, round_id) references round (organisation_id, id) on delete cascade,
    foreign key (organisation_id, evaluee_id) references round_evaluee (organisation_id, id) on delete cascade
);
create index ticket_progress_idx on ticket (round_id, evaluee_id, rater_group, used);

-- Existing links keep working. Unfinished drafts were stored readable; they are dropped rather than kept so.
insert into ticket (token_hash, organisation_id, round_id, evaluee_id, rater_group, used)
select token_hash, organisation_id, round_id, evaluee_id, rater_group, used from invitation order by random();

alter table invitation drop column token_hash, drop column used, drop column draft;
create index invitation_round_idx on invitation (round_id, evaluee_id, rater_group);

-- 2. Mail: the outbox holds invitation mails only. Reminders go out as campaigns that visit the round's invitations
-- and skip those already answered without writing down whom they skipped or reached.
delete from mail_outbox where kind = 'REMINDER';
alter table mail_outbox drop column kind;

create table reminder_campaign (
    id               uuid        primary key,
    organisation_id  uuid        not null,
    round_id         uuid        not null,
    created_at       timestamptz not null default now(),
    -- Invitations are visited in id order; this is the last one visited.
    after_invitation uuid,
    reminded         integer     not null default 0,
    failed           integer     not null default 0,
    finished_at      timestamptz,
    foreign key (organisation_id, round_id) references round (organisation_id, id) on delete cascade
);
create index reminder_campaign_open_idx on reminder_campaign (finished_at, created_at);

-- 3. The unit tree as it was at launch: every view of a round groups by this, never by today's tree.
create table round_unit (
    round_id        uuid         not null,
    unit_id         uuid         not null,
    organisation_id uuid         not null,
    parent_id       uuid,
    name            varchar(200) not null,
    primary key (round_id, unit_id),
    foreign key (organisation_id, round_id) references round (organisation_id, id) on delete cascade
);
insert into round_unit (round_id, unit_id, organisation_id, parent_id, name)
select r.id, u.id, u.organisation_id, u.parent_id, u.name
from round r join unit u on u.organisation_id = r.organisation_id where r.status <> 'DRAFT';

-- 4. Who reads a leader's report as their manager: the manager at launch, changed only by an admin's handover.
alter table round_evaluee add column report_manager_id uuid;
update round_evaluee e set report_manager_id = e.manager_id
from round r where r.id = e.round_id and r.status <> 'DRAFT';

create table report_handover (
    id              uuid          primary key,
    organisation_id uuid          not null,
    round_id        uuid          not null,
    evaluee_id      uuid          not null,
    from_person_id  uuid,
    to_person_id    uuid,
    handed_over_by  uuid          not null,
    handed_over_at  timestamptz   not null default now(),
    reason          varchar(500)  not null,
    foreign key (organisation_id, evaluee_id) references round_evaluee (organisation_id, id) on delete cascade
);
create index report_handover_evaluee_idx on report_handover (evaluee_id, handed_over_at);

-- 5. The ballot box: a submission is stored sealed (encrypted, padded) in the same transaction that uses the
-- ticket, and released into the ballot tables only in shuffled batches (see survey/BallotMixer).
create table ballot_box (
    id              uuid        primary key,
    organisation_id uuid        not null,
    round_id        uuid        not null,
    evaluee_id      uuid        not null,
    rater_group     varchar(10) not null check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER')),
    sealed          bytea       not null,
    foreign key (organisation_id, round_id) references round (organisation_id, id),
    foreign key (organisation_id, evaluee_id) references round_evaluee (organisation_id, id)
);
create index ballot_box_evaluee_idx on ballot_box (round_id, evaluee_id, rater_group);

-- 6. Results: a closed round's answers never change, so they are counted once, when its box is empty. Every report
-- and overview is computed from these counts.
create table round_result (
    round_id        uuid        primary key,
    organisation_id uuid        not null,
    ready_at        timestamptz not null,
    foreign key (organisation_id, round_id) references round (organisation_id, id) on delete cascade
);

-- Per leader, rater group and statement: ballots that scored, "ved ikke", the sum and the sum of squares of the
-- scores, and how many gave each score.
create table result_statement (
    round_id     uuid        not null references round_result (round_id) on delete cascade,
    evaluee_id   uuid        not null,
    rater_group  varchar(10) not null,
    statement_id uuid        not null,
    scored       integer     not null,
    dont_know    integer     not null,
    total        integer     not null,
    squares      integer     not null,
    c1           integer     not null,
    c2           integer     not null,
    c3           integer     not null,
    c4           integer     not null,
    c5           integer     not null,
    primary key (round_id, evaluee_id, rater_group, statement_id)
);

-- Per leader and value: how many employee ballots scored exactly which of the value's statements (a bit per
-- statement, by its position in the value). The masking rules need how many ballots lie behind any set of figures.
create table result_pattern (
    round_id    uuid    not null references round_result (round_id) on delete cascade,
    evaluee_id  uuid    not null,
    value_id    uuid    not null,
    scored_mask integer not null,
    ballots     integer not null,
    primary key (round_id, evaluee_id, value_id, scored_mask)
);

-- Per leader and rater group: invited and submitted.
create table result_count (
    round_id    uuid        not null references round_result (round_id) on delete cascade,
    evaluee_id  uuid        not null,
    rater_group varchar(10) not null,
    invited     integer     not null,
    submitted   integer     not null,
    primary key (round_id, evaluee_id, rater_group)
);

-- The round's statement quality over all employee ballots: item-rest correlations and Cronbach's alpha need the
-- ballots themselves, so they are computed here too, over the ballots that scored every statement of the value
-- ("complete").
create table result_item (
    round_id     uuid             not null references round_result (round_id) on delete cascade,
    statement_id uuid             not null,
    complete     integer          not null,
    item_rest    double precision,
    primary key (round_id, statement_id)
);

create table result_alpha (
    round_id uuid             not null references round_result (round_id) on delete cascade,
    value_id uuid             not null,
    complete integer          not null,
    alpha    double precision,
    primary key (round_id, value_id)
);

-- 7. Retention: when a round's personal data (names, e-mails, tickets) and its answers were removed.
alter table round add column personal_data_removed_at timestamptz;
alter table round add column answers_removed_at timestamptz;
