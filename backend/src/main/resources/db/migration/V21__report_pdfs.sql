-- Report PDFs, kept once rendered (docs/performance.md, "Report PDF"). A counted round's report never changes, so its
-- PDF is rendered once (ahead, when the round is counted, for each leader's own copy; otherwise at the first
-- download) and served again while the document would be the same. The key is a digest of the document's content
-- (everything but the date it was made): a changed plan, name or view is a new document. A PDF holds no more than the
-- report it prints (docs/anonymity.md); the round's stories go with its answers when its retention period ends.

create table report_pdf (
    organisation_id uuid        not null,
    round_id        uuid        not null,
    leader_id       uuid        not null,
    digest          bytea       not null,
    bytes           bytea       not null,
    created_at      timestamptz not null default now(),
    read_at         timestamptz not null default now(),
    primary key (round_id, leader_id, digest),
    foreign key (organisation_id, round_id) references round (organisation_id, id) on delete cascade
);
