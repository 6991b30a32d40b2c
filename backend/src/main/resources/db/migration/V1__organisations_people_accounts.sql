-- Tenancy groundwork: every row that belongs to an organisation carries its id, and references between such rows
-- include the organisation id, so that the database itself refuses a link across organisations.

create table organisation (
    id          uuid primary key,
    slug        varchar(60)  not null unique,
    name        varchar(200) not null,
    created_at  timestamptz  not null default now()
);

create table unit (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    parent_id       uuid,
    name            varchar(200) not null,
    created_at      timestamptz  not null default now(),
    unique (organisation_id, id),
    foreign key (organisation_id, parent_id) references unit (organisation_id, id)
);
create index unit_parent_idx on unit (organisation_id, parent_id);

create table person (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    unit_id         uuid,
    manager_id      uuid,
    name            varchar(200) not null,
    email           varchar(320) not null,
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (organisation_id, id),
    foreign key (organisation_id, unit_id) references unit (organisation_id, id),
    foreign key (organisation_id, manager_id) references person (organisation_id, id),
    check (manager_id is null or manager_id <> id)
);
create unique index person_email_idx on person (organisation_id, lower(email));
create index person_unit_idx on person (organisation_id, unit_id);
create index person_manager_idx on person (organisation_id, manager_id);

-- A login. E-mail is the login name, so it is unique across organisations.
create table account (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    person_id       uuid         not null unique,
    email           varchar(320) not null,
    password_hash   varchar(100) not null,
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    foreign key (organisation_id, person_id) references person (organisation_id, id)
);
create unique index account_email_idx on account (lower(email));

create table account_role (
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(20) not null check (role in ('admin', 'hr', 'leader', 'manager')),
    primary key (account_id, role)
);

-- Who did what, for S6. Never written by the survey endpoints.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null default now(),
    organisation_id uuid references organisation (id),
    actor_id        uuid,
    action          varchar(60)  not null,
    target_type     varchar(60),
    target_id       varchar(100),
    detail          varchar(500)
);
create index audit_event_org_time_idx on audit_event (organisation_id, occurred_at);
