-- Programs: goals, timeline, sponsor, matching settings and lifecycle status.

create table program (
    id                       bigint generated always as identity primary key,
    name                     varchar(200)  not null,
    description              varchar(4000),
    start_date               date          not null,
    end_date                 date          not null,
    success_criteria         varchar(2000),
    sponsor_id               bigint references person (id),
    check_in_cadence_weeks   integer       not null default 3 check (check_in_cadence_weeks between 1 and 12),
    cost                     numeric(12, 2) check (cost >= 0),
    status                   varchar(20)   not null default 'DRAFT' check (status in
        ('DRAFT', 'ENROLLING', 'MATCHING', 'RUNNING', 'COMPLETED', 'ARCHIVED')),
    skill_gap_weight         double precision not null default 0.6 check (skill_gap_weight between 0 and 1),
    shared_interest_weight   double precision not null default 0.25 check (shared_interest_weight between 0 and 1),
    work_style_weight        double precision not null default 0.15 check (work_style_weight between 0 and 1),
    min_score                integer       not null default 20 check (min_score between 0 and 100),
    exclude_same_department  boolean       not null default false,
    matching_objective       varchar(20)   not null default 'TOTAL_SCORE'
        check (matching_objective in ('TOTAL_SCORE', 'MOST_MATCHED', 'FAIREST')),
    matching_mode            varchar(20)   not null default 'ADMIN_LED'
        check (matching_mode in ('ADMIN_LED', 'PARTICIPANT_CHOICE', 'HYBRID')),
    version                  bigint        not null default 0,
    created_at               timestamp with time zone not null default now(),
    updated_at               timestamp with time zone not null default now(),
    constraint program_dates_ordered check (end_date > start_date),
    constraint program_weights_not_all_zero check (skill_gap_weight + shared_interest_weight + work_style_weight > 0)
);
create index program_status_idx on program (status);
create index program_sponsor_idx on program (sponsor_id);

create table program_objective (
    id               bigint generated always as identity primary key,
    program_id       bigint       not null references program (id) on delete cascade,
    position         integer      not null,
    statement        varchar(500) not null,
    outcome_measure  varchar(500)
);
create index program_objective_program_idx on program_objective (program_id, position);

create table program_objective_skill (
    objective_id  bigint not null references program_objective (id) on delete cascade,
    skill_id      bigint not null references skill (id),
    primary key (objective_id, skill_id)
);
create index program_objective_skill_skill_idx on program_objective_skill (skill_id);
