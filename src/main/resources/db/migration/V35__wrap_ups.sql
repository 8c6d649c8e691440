-- A good ending: when a program is completed (or a pair is closed early), each partner of a pair that was active
-- gets a wrap-up. A row is written when it falls due (due_at) and answered later (answered_at); it stays
-- editable until 30 days after it was due. "What changed" is the author's own: the partner never sees it, and
-- the program's results quote it (without a name) only when the author shares it.
create table wrap_up (
    id               bigint generated always as identity primary key,
    pair_id          bigint        not null references mentoring_pair (id) on delete cascade,
    person_id        bigint        not null references person (id) on delete cascade,
    program_id       bigint        not null references program (id) on delete cascade,
    due_at           timestamp with time zone not null,
    answered_at      timestamp with time zone,
    what_changed     varchar(2000),
    change_shareable boolean       not null default false,
    recommend        varchar(5)    check (recommend in ('YES', 'MAYBE', 'NO')),
    unique (pair_id, person_id),
    check ((answered_at is null) = (recommend is null))
);
-- the program's summary reads only the answered ones
create index wrap_up_program_idx on wrap_up (program_id) where answered_at is not null;

-- How the author rates each goal of the pair's agreement, as the goal read when they answered.
create table wrap_up_goal (
    wrap_up_id  bigint        not null references wrap_up (id) on delete cascade,
    position    int           not null,
    goal_id     bigint,
    statement   varchar(500)  not null,
    attainment  varchar(12)   not null check (attainment in ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
    primary key (wrap_up_id, position)
);

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('NEW_PAIR', 'INTRO_CHAT_DUE', 'SESSION_LOGGED', 'CHECK_IN_DUE', 'OVERDUE', 'ASSESSMENT_OPEN',
                    'SURVEY_OPEN', 'PAIR_FLAGGED', 'SPONSOR_NAMED', 'SPONSOR_SUMMARY', 'WRAP_UP_DUE'));
