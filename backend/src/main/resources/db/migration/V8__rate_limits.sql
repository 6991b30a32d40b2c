-- Request limits shared by every replica: one row per (key, window) counts the requests of that window. The key is
-- an HMAC of what is limited (an e-mail, a client address, a person), so this table holds no address or e-mail.
-- Rows are pruned once their window can no longer matter (expires_at).
create table rate_limit (
    key           varchar(100) not null,
    window_start  timestamptz  not null,
    hits          integer      not null,
    expires_at    timestamptz  not null,
    primary key (key, window_start)
);
create index rate_limit_expires_idx on rate_limit (expires_at);
