-- During the program: session logs shared by a pair, each partner's feedback, and periodic check-ins.
create table mentoring_session (
    id                bigint generated always as identity primary key,
    pair_id           bigint       not null references mentoring_pair (id) on delete cascade,
    held_on           date         not null,
    duration_minutes  integer      not null check (duration_minutes between 5 and 480),
    format            varchar(20)  not null check (format in ('IN_PERSON', 'VIDEO', 'LUNCH_AND_LEARN')),
    -- names of the program's focus skills covered: ["AI assistants", …]
    skills_covered    jsonb        not null default '[]',
    notes             text,
    action_items      text,
    logged_by         varchar(320) not null,
    version           bigint       not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index mentoring_session_pair_idx on mentoring_session (pair_id, held_on desc, id desc);

-- One per partner per session. private_reflection is read only by its author.
create table session_feedback (
    id                  bigint generated always as identity primary key,
    session_id          bigint       not null references mentoring_session (id) on delete cascade,
    author_id           bigint       not null references person (id),
    rating              integer      not null check (rating between 1 and 5),
    learned             text,
    taught              text,
    private_reflection  text,
    version             bigint       not null default 0,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    unique (session_id, author_id)
);

-- One per partner per cadence period, periods counted from the program's start date.
create table pair_check_in (
    id            bigint generated always as identity primary key,
    pair_id       bigint       not null references mentoring_pair (id) on delete cascade,
    person_id     bigint       not null references person (id),
    period_index  integer      not null,
    answered_on   date         not null,
    rating        integer      not null check (rating between 1 and 5),
    blocker       varchar(2000),
    version       bigint       not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    unique (pair_id, person_id, period_index)
);
create index pair_check_in_pair_idx on pair_check_in (pair_id, answered_on desc);
