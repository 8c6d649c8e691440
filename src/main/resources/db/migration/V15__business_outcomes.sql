-- Business outcomes an admin records for a program (for the dashboard's outcomes and ROI), optionally from one pair.
create table business_outcome (
    id           bigint generated always as identity primary key,
    program_id   bigint         not null references program (id) on delete cascade,
    type         varchar(30)    not null
        check (type in ('NEW_IDEA', 'INITIATIVE_LAUNCHED', 'EFFICIENCY_GAIN', 'TRAINING_COST_AVOIDED')),
    description  text           not null,
    value        numeric(14, 2) not null check (value >= 0),
    occurred_on  date           not null,
    pair_id      bigint references mentoring_pair (id) on delete set null,
    recorded_by  varchar(320)   not null,
    created_at   timestamp with time zone not null
);
create index business_outcome_program_idx on business_outcome (program_id, occurred_on desc, id desc);
