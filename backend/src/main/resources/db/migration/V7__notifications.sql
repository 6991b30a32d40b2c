-- Notices by mail that carry no secret and no figure (a report is ready, a report was handed over, a plan was
-- commented): written when the event happens, sent by a job that each replica runs, each row taken by one of them.
create table notification (
    id              uuid          primary key,
    organisation_id uuid          references organisation (id),
    recipient       varchar(320)  not null,
    subject         varchar(300)  not null,
    text_body       text          not null,
    html_body       text,
    status          varchar(10)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    last_error      varchar(500),
    next_attempt_at timestamptz   not null default now(),
    created_at      timestamptz   not null default now(),
    sent_at         timestamptz
);
create index notification_due_idx on notification (status, next_attempt_at);
