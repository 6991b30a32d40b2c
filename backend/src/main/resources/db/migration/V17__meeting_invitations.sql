-- Meeting evaluations by mail: each invitee gets a single-use link instead of the open one. The invitation holds the
-- address only until the mail is sent; the ticket holds only the link's hash, no person, written in an order of its
-- own (docs/anonymity.md, "Meeting evaluations").

alter table meeting_evaluation add column by_mail boolean not null default false;

create table meeting_invitation (
    id              uuid primary key,
    meeting_id      uuid         not null references meeting_evaluation (id) on delete cascade,
    email           varchar(254),
    status          varchar(8)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now()
);
create index meeting_invitation_due_idx on meeting_invitation (status, next_attempt_at);

create table meeting_ticket (
    token_hash bytea   primary key,
    meeting_id uuid    not null references meeting_evaluation (id) on delete cascade,
    used       boolean not null default false
);
