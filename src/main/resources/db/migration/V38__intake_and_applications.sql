-- Joining a program: an admin opens applications (dates, sides, custom questions, eligibility and places per
-- side, optional manager approval); the form's settings are one JSON document, read and written whole.
create table program_intake (
    program_id       bigint primary key references program (id) on delete cascade,
    opens_on         date    not null,
    closes_on        date    not null,
    settings         text    not null,
    manager_approval boolean not null default false,
    check (opens_on <= closes_on)
);

-- One application per person and program. A PENDING or ACCEPTED application holds one of its side's places;
-- WAITLISTED ones wait in queued_at order. The answers and the matching profile are kept as sent (JSON) until
-- an admin accepts and the profile becomes the enrollment's.
create table program_application (
    id               bigint generated always as identity primary key,
    program_id       bigint        not null references program (id) on delete cascade,
    person_id        bigint        not null references person (id) on delete cascade,
    side             varchar(6)    not null check (side in ('MENTOR', 'MENTEE')),
    status           varchar(10)   not null
                     check (status in ('PENDING', 'WAITLISTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    answers          text          not null,
    profile          text          not null,
    manager_email    varchar(320),
    manager_decision varchar(8)    check (manager_decision in ('APPROVED', 'DECLINED')),
    manager_reason   varchar(1000),
    decline_reason   varchar(1000),
    applied_at       timestamp with time zone not null default now(),
    queued_at        timestamp with time zone not null default now(),
    decided_at       timestamp with time zone,
    unique (program_id, person_id)
);
create index program_application_queue_idx on program_application (program_id, side, status, queued_at);

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('NEW_PAIR', 'INTRO_CHAT_DUE', 'SESSION_LOGGED', 'CHECK_IN_DUE', 'OVERDUE', 'ASSESSMENT_OPEN',
                    'SURVEY_OPEN', 'PAIR_FLAGGED', 'SPONSOR_NAMED', 'SPONSOR_SUMMARY', 'WRAP_UP_DUE',
                    'APPLICATION'));
