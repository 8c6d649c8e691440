-- Participant choice: a mentee asks a mentor, the mentor accepts or declines, the admin confirms.
create table pair_request (
    id          bigint generated always as identity primary key,
    program_id  bigint      not null references program (id) on delete cascade,
    mentee_id   bigint      not null references person (id),
    mentor_id   bigint      not null references person (id),
    status      varchar(12) not null check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'CONFIRMED', 'WITHDRAWN')),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint      not null default 0
);
-- one live request per mentee per program
create unique index pair_request_live_mentee_idx on pair_request (program_id, mentee_id)
    where status in ('REQUESTED', 'ACCEPTED');
create index pair_request_program_idx on pair_request (program_id, id);
create index pair_request_mentor_idx on pair_request (mentor_id);
