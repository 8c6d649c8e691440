-- Conversation guides: each program's library of topics a pair can pick for a meeting, with a short agenda and
-- questions, tied to catalog skills. The starter set that ships is written into a program's library once: when the
-- program is created, or (programs older than this migration) the first time its library is read.
create table conversation_topic (
    id          bigint generated always as identity primary key,
    program_id  bigint        not null references program (id) on delete cascade,
    title       varchar(120)  not null,
    -- who teaches: the junior mentor (tech, social, new habits) or the senior mentee (how the business works)
    direction   varchar(20)   not null check (direction in ('MENTOR_TEACHES', 'MENTEE_TEACHES')),
    agenda      text          not null,
    -- a JSON array of questions, and one of catalog skill ids
    questions   jsonb         not null default '[]',
    skill_ids   jsonb         not null default '[]',
    retired     boolean       not null default false,
    version     bigint        not null default 0,
    updated_at  timestamp with time zone not null
);
create index conversation_topic_program_idx on conversation_topic (program_id, retired, title);

-- A program whose library has been given the starter set (so retired or removed starter topics stay so).
create table conversation_topic_library (
    program_id  bigint primary key references program (id) on delete cascade,
    seeded_at   timestamp with time zone not null
);

-- A planned meeting may be about one topic; its agenda and questions go into the calendar invite.
alter table planned_session
    add column topic_id bigint references conversation_topic (id) on delete set null;
