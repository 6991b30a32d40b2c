-- The leader team's dialogue: a manager and the leaders who report to them take one value a month, prepare with the
-- guide's questions, talk it through, and write down what they will hold on to, do more of and do less of.

create table team_dialogue (
    id                   uuid primary key,
    organisation_id      uuid          not null,
    manager_id           uuid          not null,
    -- The first day of the month the team works with the value.
    month                date          not null check (extract(day from month) = 1),
    framework_id         uuid          not null,
    framework_version_id uuid          not null,
    value_id             uuid          not null,
    -- The value's title when the month was planned: the history per value runs across versions of its framework.
    value_title          varchar(200)  not null,
    hold_on              varchar(4000),
    do_more              varchar(4000),
    do_less              varchar(4000),
    version              integer       not null default 0,
    updated_at           timestamptz,
    updated_by           uuid,
    created_at           timestamptz   not null default now(),
    unique (organisation_id, id),
    unique (manager_id, month),
    foreign key (organisation_id, manager_id) references person (organisation_id, id),
    foreign key (organisation_id, framework_version_id) references framework_version (organisation_id, id),
    foreign key (organisation_id, value_id) references framework_value (organisation_id, id)
);
create index team_dialogue_value_idx on team_dialogue (organisation_id, manager_id, framework_id, value_title, month);
