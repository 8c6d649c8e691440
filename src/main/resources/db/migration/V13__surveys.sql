-- Survey waves of a program, their custom items, the comparison group, and the answers.
-- Anonymity: survey_participation says WHO answered (for reminders and response rates) and
-- survey_response holds WHAT was answered, under a random key; nothing links the two tables
-- (no person column, no shared id or sequence, no timestamp in survey_response).
create table survey_wave (
    id          bigint generated always as identity primary key,
    program_id  bigint      not null references program (id) on delete cascade,
    name        varchar(40) not null check (name ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    opens_on    date        not null,
    closes_on   date        not null,
    version     bigint      not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    check (closes_on >= opens_on),
    unique (program_id, name)
);

-- A program's own questions, asked in every wave of the program.
create table survey_item (
    id          bigint generated always as identity primary key,
    program_id  bigint       not null references program (id) on delete cascade,
    question    varchar(300) not null,
    kind        varchar(10)  not null check (kind in ('SCALE', 'TEXT')),
    created_at  timestamp with time zone not null
);
create index survey_item_program_idx on survey_item (program_id, id);

-- Non-participants the admin invited to a wave (the program's participants are invited implicitly).
create table survey_comparison_member (
    wave_id    bigint not null references survey_wave (id) on delete cascade,
    person_id  bigint not null references person (id),
    primary key (wave_id, person_id)
);

-- Who has answered a wave, to the day: no answers here.
create table survey_participation (
    wave_id          bigint      not null references survey_wave (id) on delete cascade,
    person_id        bigint      not null references person (id),
    respondent_group varchar(12) not null check (respondent_group in ('PARTICIPANT', 'COMPARISON')),
    responded_on     date        not null,
    primary key (wave_id, person_id)
);

-- What was answered: no person, no time; the key is random and means nothing outside its wave.
create table survey_response (
    respondent_key                   uuid        primary key,
    wave_id                          bigint      not null references survey_wave (id) on delete cascade,
    respondent_group                 varchar(12) not null check (respondent_group in ('PARTICIPANT', 'COMPARISON')),
    side                             varchar(6)  check (side in ('MENTOR', 'MENTEE')),
    collaboration                    integer     not null check (collaboration between 1 and 5),
    satisfaction                     integer     not null check (satisfaction between 1 and 5),
    intergenerational_communication  integer     not null check (intergenerational_communication between 1 and 5),
    recommend                        integer     not null check (recommend between 0 and 10),
    comments                         varchar(4000),
    -- answers to the program's own items: {"<item id>": 4 | "text"}
    custom_answers                   jsonb       not null default '{}'
);
create index survey_response_wave_idx on survey_response (wave_id);

-- A person's unfinished answers, read only by that person, deleted when they submit.
create table survey_draft (
    wave_id     bigint not null references survey_wave (id) on delete cascade,
    person_id   bigint not null references person (id),
    answers     jsonb  not null,
    saved_on    date   not null,
    primary key (wave_id, person_id)
);
