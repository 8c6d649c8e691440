-- SCIM provisioning: the identity provider's employee number and its own id for the person
alter table person add column employee_number varchar(64);
alter table person add column external_id varchar(255);
-- the leave date whose consequences (pairs ended, partner and admins told) were carried out; null while employed.
-- Kept apart from leave_date so that a leave date typed in the future takes effect on its day, once.
alter table person add column departed_on date;
update person set departed_on = leave_date where leave_date is not null and leave_date <= current_date;
create index person_departure_due_idx on person (leave_date) where departed_on is null and leave_date is not null;

-- bearer tokens an identity provider uses for /scim/v2; separate from API tokens, not tied to a person's account
create table provisioning_token (
    id                     bigint generated always as identity primary key,
    name                   varchar(100) not null,
    token_hash             varchar(64)  not null unique,
    created_by_account_id  bigint references account (id) on delete set null,
    created_at             timestamp with time zone not null default now(),
    last_used_at           timestamp with time zone,
    revoked_at             timestamp with time zone
);

-- a pair ends early when one of the partners leaves the company
alter table mentoring_pair drop constraint mentoring_pair_closed_reason_check;
alter table mentoring_pair add constraint mentoring_pair_closed_reason_check
    check (closed_reason in ('INACTIVE', 'LEFT_COMPANY'));
