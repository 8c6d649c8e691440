-- The audit log's two narrow exceptions in one trigger, so that neither needs more than the migrating role's rights:
-- the retention run may delete entries past the legal minimum of 72 months (upward.audit_retention = 'on', set for
-- its own transaction), and an erasure may rewrite the name and email of one erased person in actor_name,
-- actor_email and summary (upward.audit_erasure = 'on', set only inside audit_entry_erase_person). Any other update
-- (another column, or without the setting), any other delete and any truncate are refused as before.
create or replace function audit_entry_refuse_change_unless_expired() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE'
       and coalesce(current_setting('upward.audit_retention', true), '') = 'on'
       and old.occurred_at < now() - interval '72 months' then
        return old;
    end if;
    if tg_op = 'UPDATE'
       and coalesce(current_setting('upward.audit_erasure', true), '') = 'on'
       and to_jsonb(new) - 'actor_name' - 'actor_email' - 'summary'
           = to_jsonb(old) - 'actor_name' - 'actor_email' - 'summary' then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- The erasure's rewrite no longer switches triggers off (which needed a superuser): it says what it does through
-- upward.audit_erasure for its one statement, and the trigger above lets exactly that through.
create or replace function audit_entry_erase_person(p_person_id bigint, p_former_name text, p_former_email text,
                                                    p_pseudonym text, p_pseudonym_email text) returns integer
    language plpgsql
    set search_path = public, pg_temp
as
$$
declare
    email_pattern text := '\m' || regexp_replace(p_former_email, '([^[:alnum:]])', '\\\1', 'g') || '\M';
    name_pattern  text := '\m' || regexp_replace(p_former_name, '([^[:alnum:]])', '\\\1', 'g') || '\M';
    changed       integer;
begin
    if coalesce(p_former_name, '') = '' or coalesce(p_former_email, '') = '' or coalesce(p_pseudonym, '') = '' then
        raise exception 'audit_entry_erase_person needs the former name and email and the pseudonym';
    end if;
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
       or lower(actor_email) = lower(p_former_email)
       or summary ~* email_pattern
       or summary ~* name_pattern
       or actor_name ~* name_pattern;
    get diagnostics changed = row_count;
    perform set_config('upward.audit_erasure', 'off', true);
    return changed;
end;
$$;

alter function audit_entry_erase_person(bigint, text, text, text, text) security invoker;
revoke all on function audit_entry_erase_person(bigint, text, text, text, text) from public;
