-- A program's agreement template, edited by the admin; no row: the reverse-mentoring default that ships.
create table agreement_template (
    program_id  bigint       primary key references program (id) on delete cascade,
    text        text         not null,
    version     bigint       not null default 0,
    updated_at  timestamp with time zone not null
);

-- Each pair's agreement: its text and meeting rhythm, and the partners who confirmed this version (person
-- ids; any change to the text or the goals clears them). The version goes up with every change.
create table pair_agreement (
    id              bigint generated always as identity primary key,
    pair_id         bigint       not null unique references mentoring_pair (id) on delete cascade,
    text            text         not null,
    meeting_rhythm  varchar(200),
    confirmed_by    jsonb        not null default '[]',
    version         bigint       not null default 0,
    updated_at      timestamp with time zone not null
);

-- One to three goals per agreement, each tied to one of the program's objectives (its index) or a focus skill.
create table pair_goal (
    id               bigint generated always as identity primary key,
    agreement_id     bigint       not null references pair_agreement (id) on delete cascade,
    position         int          not null,
    statement        varchar(500) not null,
    objective_index  int,
    skill            varchar(200),
    status           varchar(4)   not null check (status in ('OPEN', 'DONE')),
    check ((objective_index is null) <> (skill is null))
);
create index pair_goal_agreement_idx on pair_goal (agreement_id, position);
