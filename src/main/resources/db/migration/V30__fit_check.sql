-- The fit check after the intro chat: each partner's answer (good fit / not sure yet / not a fit) and an
-- optional note. One row per partner and pair, replaced when they answer again (a "not sure yet" is asked
-- again after the next meeting). A partner never sees the other's row; admins see both.
create table pair_fit_answer (
    id          bigint generated always as identity primary key,
    pair_id     bigint       not null references mentoring_pair (id) on delete cascade,
    person_id   bigint       not null references person (id) on delete cascade,
    answer      varchar(12)  not null check (answer in ('GOOD_FIT', 'NOT_SURE', 'NOT_A_FIT')),
    note        text,
    answered_at timestamp with time zone not null,
    version     bigint       not null default 0,
    unique (pair_id, person_id)
);
