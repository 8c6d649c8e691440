-- Skill assessments: which skills each side rates, PRE/POST windows, and the ratings themselves.

-- The skills a program's participants rate themselves on, per side. No MENTEE rows: the objectives'
-- focus skills. No MENTOR rows: mentors rate nothing.
create table program_assessed_skill (
    program_id  bigint      not null references program (id) on delete cascade,
    side        varchar(10) not null check (side in ('MENTOR', 'MENTEE')),
    skill_id    bigint      not null references skill (id),
    primary key (program_id, side, skill_id)
);
create index program_assessed_skill_skill_idx on program_assessed_skill (skill_id);

-- Whether each partner of an active pair also rates the other.
alter table program add column partner_rating boolean not null default false;

-- At most one window per phase and program; answers are taken from opens_on to closes_on, both included.
create table assessment_window (
    id          bigint generated always as identity primary key,
    program_id  bigint      not null references program (id) on delete cascade,
    phase       varchar(4)  not null check (phase in ('PRE', 'POST')),
    opens_on    date        not null,
    closes_on   date        not null,
    version     bigint      not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint assessment_window_once_per_phase unique (program_id, phase),
    constraint assessment_window_ordered check (closes_on >= opens_on)
);

-- One level per rater, subject, skill and phase. rater = subject: a self-assessment; otherwise the
-- rater's partner rating of the subject.
create table assessment_rating (
    id           bigint generated always as identity primary key,
    program_id   bigint      not null references program (id) on delete cascade,
    phase        varchar(4)  not null check (phase in ('PRE', 'POST')),
    rater_id     bigint      not null references person (id),
    subject_id   bigint      not null references person (id),
    skill_id     bigint      not null references skill (id),
    level        integer     not null check (level between 1 and 5),
    answered_on  date        not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint assessment_rating_once unique (program_id, phase, rater_id, subject_id, skill_id)
);
create index assessment_rating_skill_idx on assessment_rating (skill_id);
create index assessment_rating_rater_idx on assessment_rating (rater_id);
