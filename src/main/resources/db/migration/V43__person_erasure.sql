-- Erasure (right to be forgotten): an erased person keeps their row, so counts and program figures stay, but their
-- name and email are replaced by a pseudonym and erased_at says it happened (once: a second erasure is refused).
alter table person add column erased_at timestamp with time zone;

-- The audit log stays append-only: its trigger (whatever later migrations make it allow) is not touched. The one
-- exception is this function, the only way to rewrite entries: it replaces one erased person's former email and
-- name (any case, whole words) by their pseudonym in the summaries, and in the actor fields of their own entries,
-- and changes no other column and no other row. For that one statement it switches triggers off for its own
-- transaction (session_replication_role = replica, which only a superuser or a role granted SET on it may do: hence
-- SECURITY DEFINER, owned by the migrating role) and switches them back on before returning, so any other UPDATE,
-- DELETE or TRUNCATE in the same transaction is refused as always. Answers how many entries it rewrote.
create function audit_entry_erase_person(p_person_id bigint, p_former_name text, p_former_email text,
                                         p_pseudonym text, p_pseudonym_email text) returns integer
    language plpgsql
    security definer
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
    perform set_config('session_replication_role', 'replica', true);
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
    perform set_config('session_replication_role', 'origin', true);
    return changed;
end;
$$;

revoke all on function audit_entry_erase_person(bigint, text, text, text, text) from public;
