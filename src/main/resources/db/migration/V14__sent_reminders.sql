-- One reminder per pair, kind and cadence period: the key makes the reminder job idempotent across
-- restarts and instances (insert ... on conflict do nothing, and only the inserting run sends).
create table sent_reminder (
    pair_id       bigint      not null references mentoring_pair (id) on delete cascade,
    kind          varchar(30) not null check (kind in ('INTRO_CHAT_DUE', 'CHECK_IN_DUE', 'OVERDUE')),
    period_start  date        not null,
    sent_at       timestamp with time zone not null,
    primary key (pair_id, kind, period_start)
);
