-- The in-app inbox: what a person was told, and whether they want it by email too.
create table notification (
    id          bigint generated always as identity primary key,
    person_id   bigint        not null references person (id) on delete cascade,
    kind        varchar(30)   not null check (kind in ('NEW_PAIR', 'INTRO_CHAT_DUE', 'SESSION_LOGGED', 'CHECK_IN_DUE',
                                                        'OVERDUE', 'ASSESSMENT_OPEN', 'SURVEY_OPEN', 'PAIR_FLAGGED')),
    subject     varchar(300)  not null,
    text        varchar(4000) not null,
    -- an app path such as /participant/pairs/12, never an outside address
    link        varchar(500)  not null check (link like '/%' and link not like '//%'),
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
-- the inbox, newest first
create index notification_person_idx on notification (person_id, created_at desc, id desc);
-- the unread count in the navigation, on every page
create index notification_unread_idx on notification (person_id) where read_at is null;

-- No row: email on (the default).
create table notification_setting (
    person_id      bigint  not null primary key references person (id) on delete cascade,
    email_enabled  boolean not null,
    updated_at     timestamp with time zone not null
);
