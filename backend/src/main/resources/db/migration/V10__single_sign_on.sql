-- Single sign-on per organisation through its own OpenID Connect provider. The client secret is stored encrypted
-- (AES-GCM, key derived from pejling.auth.secret) and never returned by the API. version changes with every save,
-- so that a replica never keeps using an old configuration.
create table sso_config (
    organisation_id    uuid primary key references organisation (id),
    enabled            boolean       not null default true,
    issuer             varchar(500)  not null,
    client_id          varchar(200)  not null,
    client_secret_enc  varchar(2000),
    email_claim        varchar(100)  not null default 'email',
    passwords_allowed  boolean       not null default true,
    domains            varchar(1000) not null default '',
    version            integer       not null default 1,
    updated_at         timestamptz   not null default now()
);

-- After a single sign-on, the SPA gets a one-time code in the URL's fragment (never sent to a server) and trades it
-- for Pejling's own token by POST. Kept as a hash, valid for a minute, deleted when used.
create table sso_login_code (
    code_hash   varchar(64) primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    method      varchar(20) not null,
    expires_at  timestamptz not null
);
