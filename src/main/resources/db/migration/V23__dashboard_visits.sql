-- When each signed-in person last opened each program's impact dashboard, so that their "to do" list can tell
-- the results they have read from those they have not.
create table dashboard_visit (
    account_id  bigint not null references account (id) on delete cascade,
    program_id  bigint not null references program (id) on delete cascade,
    seen_at     timestamp with time zone not null,
    primary key (account_id, program_id)
);
