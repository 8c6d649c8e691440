-- A pairing run started from the page for a large program runs in the background; its state is kept
-- here so that any instance can show it and a second start is refused while it runs.
create table pairing_job (
    program_id             bigint       primary key references program (id) on delete cascade,
    state                  varchar(10)  not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    started_at             timestamp with time zone not null,
    finished_at            timestamp with time zone,
    started_by_account_id  bigint,
    message                varchar(1000)
);
