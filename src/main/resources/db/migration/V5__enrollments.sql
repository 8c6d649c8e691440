-- A person's profile in one program: side, skills offered or wanted, interests, work style.
create table enrollment (
    id                  bigint generated always as identity primary key,
    program_id          bigint       not null references program (id) on delete cascade,
    person_id           bigint       not null references person (id),
    side                varchar(10)  not null check (side in ('MENTOR', 'MENTEE')),
    work_style          varchar(10)  check (work_style in ('INTROVERT', 'AMBIVERT', 'EXTROVERT')),
    meeting_preference  varchar(10)  not null default 'EITHER' check (meeting_preference in ('IN_PERSON', 'VIDEO', 'EITHER')),
    capacity            integer      not null default 1 check (capacity between 1 and 5),
    status              varchar(10)  not null default 'ACCEPTED' check (status in ('APPLIED', 'ACCEPTED', 'WITHDRAWN')),
    version             bigint       not null default 0,
    created_at          timestamp with time zone not null default now(),
    updated_at          timestamp with time zone not null default now(),
    -- one profile per person and program: nobody is on both sides
    constraint enrollment_once_per_program unique (program_id, person_id)
);
create index enrollment_person_idx on enrollment (person_id);

create table enrollment_skill_offered (
    enrollment_id  bigint  not null references enrollment (id) on delete cascade,
    skill_id       bigint  not null references skill (id),
    level          integer not null check (level between 1 and 5),
    primary key (enrollment_id, skill_id)
);
create index enrollment_skill_offered_skill_idx on enrollment_skill_offered (skill_id);

create table enrollment_skill_wanted (
    enrollment_id  bigint      not null references enrollment (id) on delete cascade,
    skill_id       bigint      not null references skill (id),
    current_level  integer     not null check (current_level between 1 and 5),
    priority       varchar(10) not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    primary key (enrollment_id, skill_id)
);
create index enrollment_skill_wanted_skill_idx on enrollment_skill_wanted (skill_id);

create table enrollment_interest (
    enrollment_id  bigint      not null references enrollment (id) on delete cascade,
    tag            varchar(60) not null,
    primary key (enrollment_id, tag)
);
