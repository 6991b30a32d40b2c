-- Evaluation rounds, invitations and the anonymous survey.
-- A6: ballot, ballot_answer and story carry no invitation id, person id, token, address or time; their ids are
-- random. The invitation records only that it was used. Drafts live on the invitation until submit or close.

create table round (
    id                     uuid primary key,
    organisation_id        uuid         not null references organisation (id),
    framework_version_id   uuid         not null,
    name                   varchar(200) not null,
    status                 varchar(10)  not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    closes_at              timestamptz  not null,
    k                      integer      not null check (k between 3 and 10),
    k_story                integer      not null check (k_story between 3 and 20 and k_story >= k),
    include_self           boolean      not null,
    include_manager        boolean      not null,
    manager_access         varchar(10)  not null check (manager_access in ('NONE', 'REPORT')),
    hr_access              varchar(10)  not null check (hr_access in ('NONE', 'REPORT')),
    retention_months       integer      not null check (retention_months between 1 and 120),
    reminder_days_before   integer      not null check (reminder_days_before between 0 and 30),
    confirm_respondents    boolean      not null,
    created_at             timestamptz  not null default now(),
    launched_at            timestamptz,
    closed_at              timestamptz,
    auto_reminder_sent_at  timestamptz,
    unique (organisation_id, id),
    foreign key (organisation_id, framework_version_id) references framework_version (organisation_id, id)
);
create index round_status_idx on round (status, closes_at);

-- A leader evaluated in a round, with the names as they were at launch.
create table round_evaluee (
    id              uuid primary key,
    organisation_id uuid         not null,
    round_id        uuid         not null,
    leader_id       uuid         not null,
    leader_name     varchar(200) not null,
    unit_id         uuid,
    unit_name       varchar(200),
    manager_id      uuid,
    confirmed_at    timestamptz,
    unique (organisation_id, id),
    unique (round_id, leader_id),
    foreign key (organisation_id, round_id) references round (organisation_id, id) on delete cascade,
    foreign key (organisation_id, leader_id) references person (organisation_id, id)
);

-- Who is to be asked about an evaluee, editable until launch.
create table round_respondent (
    id              uuid primary key,
    organisation_id uuid        not null,
    evaluee_id      uuid        not null,
    person_id       uuid        not null,
    rater_group     varchar(10) not null check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER')),
    unique (evaluee_id, person_id, rater_group),
    foreign key (organisation_id, evaluee_id) references round_evaluee (organisation_id, id) on delete cascade,
    foreign key (organisation_id, person_id) references person (organisation_id, id)
);

create table invitation (
    id               uuid primary key,
    organisation_id  uuid         not null,
    round_id         uuid         not null,
    evaluee_id       uuid         not null,
    rater_group      varchar(10)  not null check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER')),
    person_id        uuid,
    name             varchar(200),
    email            varchar(320),
    token_hash       bytea        not null unique,
    used             boolean      not null default false,
    draft            jsonb,
    unique (organisation_id, id),
    foreign key (organisation_id, round_id) references round (organisation_id, id),
    foreign key (organisation_id, evaluee_id) references round_evaluee (organisation_id, id)
);
create index invitation_round_idx on invitation (round_id, evaluee_id, rater_group, used);

-- Invitation and reminder mails waiting to be sent, sent, or failed (visible to HR). Sending never blocks a launch.
create table mail_outbox (
    id               uuid primary key,
    organisation_id  uuid         not null,
    round_id         uuid         not null,
    invitation_id    uuid         not null references invitation (id) on delete cascade,
    kind             varchar(10)  not null check (kind in ('INVITATION', 'REMINDER')),
    status           varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer      not null default 0,
    last_error       varchar(500),
    next_attempt_at  timestamptz  not null default now(),
    sent_at          timestamptz
);
create index mail_outbox_due_idx on mail_outbox (status, next_attempt_at);
create index mail_outbox_round_idx on mail_outbox (round_id, status);

create table ballot (
    id              uuid primary key,
    organisation_id uuid        not null,
    round_id        uuid        not null,
    evaluee_id      uuid        not null,
    rater_group     varchar(10) not null check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER')),
    foreign key (organisation_id, round_id) references round (organisation_id, id),
    foreign key (organisation_id, evaluee_id) references round_evaluee (organisation_id, id)
);
create index ballot_evaluee_idx on ballot (round_id, evaluee_id, rater_group);

create table ballot_answer (
    ballot_id    uuid     not null references ballot (id) on delete cascade,
    statement_id uuid     not null references framework_statement (id),
    score        smallint check (score between 1 and 5),
    primary key (ballot_id, statement_id)
);

-- Stories are not linked to a ballot, so that no story sits next to its author's scores (A2).
create table story (
    id              uuid primary key,
    organisation_id uuid          not null,
    round_id        uuid          not null,
    evaluee_id      uuid          not null,
    rater_group     varchar(10)   not null check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER')),
    value_id        uuid          not null references framework_value (id),
    text            varchar(2000) not null,
    foreign key (organisation_id, evaluee_id) references round_evaluee (organisation_id, id)
);
create index story_evaluee_idx on story (round_id, evaluee_id, value_id);
