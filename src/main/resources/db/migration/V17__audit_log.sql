-- Who did what and when: one row per admin action, written in the action's own transaction.
-- Append-only: the trigger below refuses every UPDATE, DELETE and TRUNCATE, whoever asks.
-- No foreign keys on purpose: an entry outlives the person, program or pair it names (names are snapshots).
create table audit_entry (
    id               bigint generated always as identity primary key,
    occurred_at      timestamp with time zone not null,
    actor_person_id  bigint,
    actor_name       varchar(200) not null,
    actor_email      varchar(254),
    action           varchar(40)  not null,
    subject_type     varchar(30)  not null,
    subject_id       bigint,
    program_id       bigint,
    summary          text         not null
);
create index audit_entry_newest_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_action_idx on audit_entry (action, occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor_person_id, occurred_at desc);
create index audit_entry_program_idx on audit_entry (program_id, occurred_at desc);

create function audit_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
