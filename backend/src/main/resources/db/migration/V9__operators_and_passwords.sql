-- Operators: logins of the platform that belong to no organisation (and no person), and can manage organisations
-- but read nothing inside one. A person's login keeps its organisation and person.
alter table account alter column organisation_id drop not null;
alter table account alter column person_id drop not null;
alter table account add column operator boolean not null default false;
alter table account add column name varchar(200);
alter table account add constraint account_kind_check check (
    (operator and organisation_id is null and person_id is null and name is not null)
    or (not operator and organisation_id is not null and person_id is not null));
-- Raised when the password is set or the login is otherwise ended: tokens carry the version they were issued
-- under, and a token of an older version is refused on its next request.
alter table account add column token_version integer not null default 0;
-- When the person last chose a password themselves; null: never (HR sees who still has to).
alter table account add column password_set_at timestamptz;

-- Organisations can be deactivated by an operator (never deleted: their rounds and audit log stay).
alter table organisation add column active boolean not null default true;
alter table organisation add column deactivated_at timestamptz;
create unique index organisation_name_idx on organisation (lower(name));

-- Links that let a person set a password: single use, kept only as SHA-256 of the token in the link.
create table password_token (
    id          uuid primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    purpose     varchar(10) not null check (purpose in ('WELCOME', 'RESET')),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_token_account_idx on password_token (account_id);

-- Mails about logins, sent by a job (so that a request never waits for SMTP, and a reset request for an unknown
-- address takes as long as one for a known). A reset request keeps the address asked for only until it is handled.
create table account_mail (
    id               uuid primary key,
    kind             varchar(10)  not null check (kind in ('WELCOME', 'RESET')),
    account_id       uuid references account (id) on delete cascade,
    requested_email  varchar(320),
    status           varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED', 'DROPPED')),
    attempts         integer      not null default 0,
    last_error       varchar(500),
    next_attempt_at  timestamptz  not null default now(),
    created_at       timestamptz  not null default now(),
    sent_at          timestamptz,
    check (kind = 'RESET' or account_id is not null)
);
create index account_mail_due_idx on account_mail (status, next_attempt_at);
create index account_mail_account_idx on account_mail (account_id);
