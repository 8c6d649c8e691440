-- Erasure (right to be forgotten): an erased person keeps their row, so counts and program figures stay, but their
-- name and email are replaced by a pseudonym and erased_at says it happened (once: a second erasure is refused).
alter table person add column erased_at timestamp with time zone;

-- The audit log stays append-only for everything but one thing: rewriting one erased person's name and email in
-- entries already written (actor fields and summaries) to their pseudonym. audit_entry_erase_person is the only
-- way in: it raises a transaction-local flag the trigger checks, rewrites, and lowers the flag again. Even with the
-- flag up the trigger refuses a DELETE, a TRUNCATE, and an UPDATE that touches any other column.
create or replace function audit_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and coalesce(current_setting('upward.audit_erasure', true), '') = 'on'
            and new.id = old.id and new.occurred_at = old.occurred_at
            and new.actor_person_id is not distinct from old.actor_person_id
            and new.action = old.action and new.subject_type = old.subject_type
            and new.subject_id is not distinct from old.subject_id
            and new.program_id is not distinct from old.program_id then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- Replaces, in every entry, the person's former email then former name (any case) by the pseudonym's email and
-- name; where they were the actor, the actor fields become the pseudonym. Answers how many entries changed.
create function audit_entry_erase_person(p_person_id bigint, p_former_name text, p_former_email text,
                                         p_pseudonym text, p_pseudonym_email text) returns integer
    language plpgsql as
$$
declare
    email_pattern text := regexp_replace(p_former_email, '([^[:alnum:]])', '\\\1', 'g');
    name_pattern  text := regexp_replace(p_former_name, '([^[:alnum:]])', '\\\1', 'g');
    changed       integer;
begin
    perform set_config('upward.audit_erasure', 'on', true);
    update audit_entry
    set actor_name  = case when actor_person_id = p_person_id or lower(actor_email) = lower(p_former_email)
                           then p_pseudonym
                           else regexp_replace(actor_name, name_pattern, p_pseudonym, 'gi') end,
        actor_email = case when actor_person_id = p_person_id or lower(actor_email) = lower(p_former_email)
                           then p_pseudonym_email
                           else actor_email end,
        summary     = regexp_replace(regexp_replace(summary, email_pattern, p_pseudonym_email, 'gi'),
                                     name_pattern, p_pseudonym, 'gi')
    where actor_person_id = p_person_id
       or summary ilike '%' || p_former_email || '%'
       or summary ilike '%' || p_former_name || '%'
       or lower(actor_email) = lower(p_former_email);
    get diagnostics changed = row_count;
    perform set_config('upward.audit_erasure', 'off', true);
    return changed;
end;
$$;
