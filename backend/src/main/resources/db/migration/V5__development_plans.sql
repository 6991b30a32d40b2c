-- The LUS: a development plan per leader and round, written by the leader and commented by the manager (L3).
-- A plan belongs to the round's evaluee row, so it goes when the round goes.

create table development_plan (
    id              uuid primary key,
    organisation_id uuid        not null,
    round_id        uuid        not null,
    evaluee_id      uuid        not null unique,
    version         integer     not null default 0,
    updated_at      timestamptz,
    updated_by      uuid,
    unique (organisation_id, id),
    foreign key (organisation_id, round_id) references round (organisation_id, id),
    foreign key (organisation_id, evaluee_id) references round_evaluee (organisation_id, id) on delete cascade
);

create table plan_goal (
    id              uuid primary key,
    organisation_id uuid          not null,
    plan_id         uuid          not null,
    position        integer       not null,
    title           varchar(300)  not null,
    value_id        uuid references framework_value (id),
    statement_id    uuid references framework_statement (id),
    actions         varchar(2000),
    due_date        date,
    status          varchar(12)   not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    foreign key (organisation_id, plan_id) references development_plan (organisation_id, id) on delete cascade
);
create index plan_goal_plan_idx on plan_goal (plan_id, position);

create table plan_comment (
    id              uuid primary key,
    organisation_id uuid          not null,
    plan_id         uuid          not null,
    author_id       uuid          not null,
    author_name     varchar(200)  not null,
    author_role     varchar(10)   not null check (author_role in ('LEADER', 'MANAGER', 'HR')),
    text            varchar(2000) not null,
    created_at      timestamptz   not null default now(),
    foreign key (organisation_id, plan_id) references development_plan (organisation_id, id) on delete cascade
);
create index plan_comment_plan_idx on plan_comment (plan_id, created_at);
