-- One-time links that let an invited person choose a password and enable their account.
create table invitation (
    id                     bigint generated always as identity primary key,
    account_id             bigint       not null references account (id) on delete cascade,
    token_hash             varchar(64)  not null unique,
    invited_by_account_id  bigint       references account (id) on delete set null,
    created_at             timestamp with time zone not null,
    expires_at             timestamp with time zone not null,
    used_at                timestamp with time zone
);
create index invitation_account_idx on invitation (account_id);
