-- How long each kind of personal data is kept: months after the program completes, the person leaves or the
-- entry's own date (the basis is fixed per kind; docs/operations.md lists the defaults and the bounds).
create table retention_period (
    kind        varchar(30) primary key
                check (kind in ('PRIVATE_REFLECTIONS', 'SESSION_TEXTS', 'APPLICATION_ANSWERS', 'NOTIFICATIONS',
                                'AUDIT_ENTRIES', 'LEAVERS')),
    months      integer     not null check (months between 1 and 120),
    updated_at  timestamp with time zone not null default now(),
    -- the audit log's legal minimum, which the database enforces again below
    check (kind <> 'AUDIT_ENTRIES' or months >= 72)
);
insert into retention_period (kind, months) values
    ('PRIVATE_REFLECTIONS', 12),
    ('SESSION_TEXTS', 24),
    ('APPLICATION_ANSWERS', 12),
    ('NOTIFICATIONS', 12),
    ('AUDIT_ENTRIES', 84),
    ('LEAVERS', 24);

-- What each nightly run did: when, and how many rows of each kind it blanked or deleted. Never contents.
create table retention_run (
    id       bigint generated always as identity primary key,
    ran_at   timestamp with time zone not null,
    -- the application's day the periods were counted back from
    ran_on   date not null
);
create index retention_run_newest_idx on retention_run (ran_at desc, id desc);

create table retention_run_kind (
    run_id   bigint      not null references retention_run (id) on delete cascade,
    kind     varchar(30) not null,
    months   integer     not null,
    removed  bigint      not null default 0,
    -- the step failed and was rolled back (the next run tries again); the log names the cause
    failed   boolean     not null default false,
    primary key (run_id, kind)
);

-- The audit log stays append-only, with one narrow exception: the retention run may delete entries older than the
-- legal minimum of 72 months. It says so by setting upward.audit_retention to 'on' for its own transaction
-- (set_config(..., true)); any other delete, any update, any delete of a younger entry and any truncate are
-- refused as before. This guards against the application's mistakes, not against a database owner.
create function audit_entry_refuse_change_unless_expired() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE'
       and coalesce(current_setting('upward.audit_retention', true), '') = 'on'
       and old.occurred_at < now() - interval '72 months' then
        return old;
    end if;
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

drop trigger audit_entry_no_update_or_delete on audit_entry;
create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change_unless_expired();

-- the notifications' step: by age
create index notification_created_idx on notification (created_at);
