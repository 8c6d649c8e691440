-- Meetings a pair plans ahead, downloadable as .ics invites; the first one of a pair that has not met is its intro chat.
create table planned_session (
    id                bigint generated always as identity primary key,
    pair_id           bigint        not null references mentoring_pair (id) on delete cascade,
    -- the calendar UID: stable, so a re-downloaded invite updates the same calendar entry
    uid               varchar(100)  not null unique,
    intro_chat        boolean       not null,
    starts_at         timestamp with time zone not null,
    time_zone         varchar(64)   not null,
    duration_minutes  integer       not null check (duration_minutes between 5 and 480),
    format            varchar(20)   not null check (format in ('IN_PERSON', 'VIDEO', 'LUNCH_AND_LEARN')),
    place             varchar(500),
    video_link        varchar(2000),
    agenda            text,
    planned_by        varchar(320)  not null,
    -- the session logged from this plan, once it happened
    session_id        bigint        references mentoring_session (id) on delete set null,
    created_at        timestamp with time zone not null
);
create index planned_session_pair_idx on planned_session (pair_id, starts_at);
