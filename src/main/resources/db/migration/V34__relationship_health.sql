-- Relationship health: a quiet active pair is nudged, then its admins are alerted, then everyone is warned, and
-- after N quiet cadence periods and 7 more days without activity the pair closes for inactivity.

-- how many quiet cadence periods (in a row) bring the warning, after which the pair closes unless someone acts
alter table program add column quiet_periods_before_close integer not null default 4
    check (quiet_periods_before_close between 3 and 12);

-- a pair closed before its program ended, with why and when; CLOSED is terminal, like DISSOLVED
alter table mentoring_pair drop constraint mentoring_pair_status_check;
alter table mentoring_pair add constraint mentoring_pair_status_check
    check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'ACTIVE', 'DISSOLVED', 'CLOSED'));
alter table mentoring_pair add column closed_reason varchar(20) check (closed_reason in ('INACTIVE'));
alter table mentoring_pair add column closed_on date;
alter table mentoring_pair add constraint mentoring_pair_closed_has_reason
    check ((status = 'CLOSED') = (closed_reason is not null and closed_on is not null));

-- One row per step of a quiet run sent: the key keeps each step to one sending whatever runs at once
-- (insert ... on conflict do nothing; only the inserting run sends). A quiet run starts on the first day of
-- the first cadence period without activity; activity ends it, and a later quiet run has a new start.
create table pair_health_step (
    pair_id    bigint      not null references mentoring_pair (id) on delete cascade,
    step       varchar(10) not null check (step in ('NUDGE', 'ALERT', 'WARNING', 'CLOSE')),
    run_start  date        not null,
    sent_on    date        not null,
    sent_at    timestamp with time zone not null,
    primary key (pair_id, step, run_start)
);

-- An admin's "keep this pair": counts as activity on that day, so the quiet run ends there.
create table pair_kept (
    pair_id            bigint primary key references mentoring_pair (id) on delete cascade,
    kept_on            date   not null,
    kept_by_account_id bigint,
    kept_at            timestamp with time zone not null
);
