-- A program's sponsor is told when they are named, and gets a summary of its results: monthly while it runs,
-- once more when it is completed.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('NEW_PAIR', 'INTRO_CHAT_DUE', 'SESSION_LOGGED', 'CHECK_IN_DUE', 'OVERDUE', 'ASSESSMENT_OPEN',
                    'SURVEY_OPEN', 'PAIR_FLAGGED', 'SPONSOR_NAMED', 'SPONSOR_SUMMARY'));

-- The sponsor's switch for those summaries: on unless they turned it off (no row: both settings on).
alter table notification_setting add column sponsor_summaries boolean not null default true;
alter table notification_setting alter column email_enabled set default true;

-- The summaries sent: one MONTHLY per program and calendar month, one FINAL per program. The key makes the
-- monthly job idempotent across restarts and instances (insert ... on conflict do nothing, and only the
-- inserting run sends). A FINAL row is written with the move to COMPLETED and sent_at empty, then filled in
-- the transaction that sends it: a final summary that could not go out right after the move waits here.
create table sponsor_summary (
    program_id  bigint      not null references program (id) on delete cascade,
    kind        varchar(10) not null check (kind in ('MONTHLY', 'FINAL')),
    -- the first day of the month it is for (FINAL: of the month the program was completed)
    month       date        not null check (extract(day from month) = 1),
    sent_at     timestamp with time zone,
    primary key (program_id, kind, month),
    check (kind = 'FINAL' or sent_at is not null)
);
-- one final summary per program, whatever the month
create unique index sponsor_summary_final_idx on sponsor_summary (program_id) where kind = 'FINAL';
-- the final summaries still waiting
create index sponsor_summary_waiting_idx on sponsor_summary (program_id) where sent_at is null;
