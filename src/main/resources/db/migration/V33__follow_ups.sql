-- A pair's follow-ups: action items with an owner (the mentor or the mentee of the pair) and a state, shown on
-- the pair page and both partners' to-do lists until done. session_id: the logged session it came from, if any.
create table follow_up (
    id          bigint generated always as identity primary key,
    pair_id     bigint       not null references mentoring_pair (id) on delete cascade,
    session_id  bigint       references mentoring_session (id) on delete set null,
    text        varchar(500) not null,
    owner_id    bigint       not null references person (id),
    state       varchar(4)   not null check (state in ('OPEN', 'DONE')),
    done_on     date,
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0,
    check ((state = 'DONE') = (done_on is not null))
);
-- the pair page and the to-do lists read a pair's open ones, newest first
create index follow_up_pair_state_idx on follow_up (pair_id, state, id desc);
