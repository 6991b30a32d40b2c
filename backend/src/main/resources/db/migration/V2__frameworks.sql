-- Ledelsesgrundlag: a framework has versions; a version is DRAFT (editable), PUBLISHED (frozen) or ARCHIVED (frozen,
-- superseded). Values and statements belong to one version. A statement's identity_key survives into later versions
-- while its wording is unchanged, so that rounds on different versions can be compared statement by statement.

create table framework (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    template_key    varchar(60),
    created_at      timestamptz  not null default now(),
    unique (organisation_id, id)
);

create table framework_version (
    id              uuid primary key,
    organisation_id uuid          not null,
    framework_id    uuid          not null,
    number          integer       not null check (number >= 1),
    status          varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    name            varchar(200)  not null,
    description     varchar(2000),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    published_at    timestamptz,
    unique (organisation_id, id),
    unique (framework_id, number),
    foreign key (organisation_id, framework_id) references framework (organisation_id, id)
);
-- At most one draft and one current published version per framework.
create unique index framework_version_one_draft on framework_version (framework_id) where status = 'DRAFT';
create unique index framework_version_one_published on framework_version (framework_id) where status = 'PUBLISHED';
create index framework_version_org_idx on framework_version (organisation_id, status);

create table framework_value (
    id              uuid primary key,
    organisation_id uuid          not null,
    version_id      uuid          not null,
    position        integer       not null,
    title           varchar(200)  not null,
    title_en        varchar(200),
    description     varchar(1000),
    description_en  varchar(1000),
    -- The point of Kodeks for god ledelse this value came from, for frameworks made from that template.
    kodeks_point    integer check (kodeks_point between 1 and 11),
    unique (organisation_id, id),
    foreign key (organisation_id, version_id) references framework_version (organisation_id, id) on delete cascade
);
create index framework_value_version_idx on framework_value (version_id, position);

create table framework_statement (
    id              uuid primary key,
    organisation_id uuid          not null,
    value_id        uuid          not null,
    identity_key    uuid          not null,
    position        integer       not null,
    text            varchar(300)  not null,
    self_text       varchar(300)  not null,
    text_en         varchar(300),
    self_text_en    varchar(300),
    unique (organisation_id, id),
    foreign key (organisation_id, value_id) references framework_value (organisation_id, id) on delete cascade
);
create index framework_statement_value_idx on framework_statement (value_id, position);
create index framework_statement_identity_idx on framework_statement (identity_key);
