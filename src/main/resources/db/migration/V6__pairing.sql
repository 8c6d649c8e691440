-- Pairing: each run of the engine, the pairs it proposed and what became of them, and admin blocks.
create table pairing_run (
    id                      bigint generated always as identity primary key,
    program_id              bigint        not null references program (id) on delete cascade,
    created_at              timestamp with time zone not null,
    created_by_account_id   bigint,
    objective               varchar(20)   not null,
    skill_gap_weight        double precision not null,
    shared_interest_weight  double precision not null,
    work_style_weight       double precision not null,
    min_score               double precision not null,
    total_score             numeric(12, 2) not null,
    pair_count              integer       not null,
    duration_ms             bigint        not null,
    -- who was left unmatched and why: [{personId, side, reason, explanation}]
    unmatched               jsonb         not null default '[]'
);
create index pairing_run_program_idx on pairing_run (program_id, id desc);

create table mentoring_pair (
    id                bigint generated always as identity primary key,
    program_id        bigint       not null references program (id) on delete cascade,
    run_id            bigint       references pairing_run (id) on delete set null,
    mentor_id         bigint       not null references person (id),
    mentee_id         bigint       not null references person (id),
    score             numeric(5, 2) not null,
    -- {skillGap, sharedInterest, workStyle}, each 0–100
    breakdown         jsonb        not null,
    explanation       text         not null,
    warnings          text,
    status            varchar(12)  not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'ACTIVE', 'DISSOLVED')),
    manual            boolean      not null default false,
    flagged           boolean      not null default false,
    flag_note         varchar(1000),
    dissolved_reason  varchar(1000),
    replaces_pair_id  bigint       references mentoring_pair (id),
    version           bigint       not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index mentoring_pair_program_idx on mentoring_pair (program_id, status);
create index mentoring_pair_mentor_idx on mentoring_pair (mentor_id);
create index mentoring_pair_mentee_idx on mentoring_pair (mentee_id);
-- a mentee has at most one live pair in a program
create unique index mentoring_pair_one_live_per_mentee on mentoring_pair (program_id, mentee_id)
    where status in ('PROPOSED', 'APPROVED', 'ACTIVE');

create table blocked_pair (
    program_id  bigint not null references program (id) on delete cascade,
    mentor_id   bigint not null references person (id),
    mentee_id   bigint not null references person (id),
    primary key (program_id, mentor_id, mentee_id)
);
