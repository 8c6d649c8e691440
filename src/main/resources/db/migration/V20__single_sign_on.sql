-- Single sign-on: whether password logins need SSO, and which admins may still use a password (break glass)
create table sso_policy (
    id smallint primary key default 1 check (id = 1),
    password_login_requires_sso boolean not null default false,
    changed_by_account_id bigint references account (id),
    changed_at timestamptz
);

insert into sso_policy (id) values (1);

alter table account add column break_glass boolean not null default false;
