-- Meeting evaluations: a leader asks a meeting's participants how far the meeting lived up to one value of the
-- organisation's published ledelsesgrundlag (docs/anonymity.md, "Meeting evaluations").

create table meeting_evaluation (
    id                   uuid primary key,
    organisation_id      uuid          not null,
    leader_id            uuid          not null,
    name                 varchar(200)  not null,
    meeting_date         date          not null,
    framework_id         uuid          not null,
    framework_version_id uuid          not null,
    value_id             uuid          not null,
    -- The value's title when the evaluation was made: a value's trend runs across versions of its framework.
    value_title          varchar(200)  not null,
    k                    integer       not null check (k between 3 and 10),
    -- SHA-256 of the participants' link token; the token itself is derived again when the leader shows the link.
    link_hash            bytea         not null unique,
    closes_at            timestamptz   not null,
    closed_at            timestamptz,
    created_at           timestamptz   not null default now(),
    unique (organisation_id, id),
    foreign key (organisation_id, leader_id) references person (organisation_id, id),
    foreign key (organisation_id, framework_version_id) references framework_version (organisation_id, id),
    foreign key (organisation_id, value_id) references framework_value (organisation_id, id)
);
create index meeting_evaluation_leader_idx on meeting_evaluation (organisation_id, leader_id, meeting_date);
create index meeting_evaluation_value_idx on meeting_evaluation (organisation_id, framework_id, value_title);

-- One participant's answer: a score 1–5, or null for "ved ikke". No time, no browser, no order that means anything.
create table meeting_answer (
    id              uuid primary key,
    organisation_id uuid     not null,
    meeting_id      uuid     not null,
    score           smallint check (score between 1 and 5),
    foreign key (organisation_id, meeting_id) references meeting_evaluation (organisation_id, id) on delete cascade
);
create index meeting_answer_meeting_idx on meeting_answer (meeting_id);

-- Stories are kept apart from the scores, so that a story is never shown next to its writer's score.
create table meeting_story (
    id              uuid primary key,
    organisation_id uuid          not null,
    meeting_id      uuid          not null,
    text            varchar(2000) not null,
    foreign key (organisation_id, meeting_id) references meeting_evaluation (organisation_id, id) on delete cascade
);
create index meeting_story_meeting_idx on meeting_story (meeting_id);

-- Browsers that have answered: SHA-256 of the meeting and the browser's own random key, for "one answer per
-- browser". It names no person and is not linked to the answer.
create table meeting_browser (
    meeting_id  uuid  not null references meeting_evaluation (id) on delete cascade,
    browser     bytea not null,
    primary key (meeting_id, browser)
);

-- The people a leader shares an evaluation's results with.
create table meeting_share (
    organisation_id uuid not null,
    meeting_id      uuid not null,
    person_id       uuid not null,
    primary key (meeting_id, person_id),
    foreign key (organisation_id, meeting_id) references meeting_evaluation (organisation_id, id) on delete cascade,
    foreign key (organisation_id, person_id) references person (organisation_id, id) on delete cascade
);
create index meeting_share_person_idx on meeting_share (organisation_id, person_id);
