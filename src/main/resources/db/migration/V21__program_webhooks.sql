-- Chat webhooks: one Slack- or Teams-compatible incoming webhook URL per program, and an outbox of messages
-- for it. A delivery row is written in the transaction of the action it tells about (so a rolled-back action
-- leaves none) and sent afterwards by the webhook sender, with retries; the rows are the visible delivery log.
create table program_webhook (
    program_id  bigint primary key references program (id) on delete cascade,
    url         varchar(2000) not null,
    enabled     boolean not null default true,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

create table webhook_delivery (
    id               bigint generated always as identity primary key,
    program_id       bigint not null references program (id) on delete cascade,
    event_kind       varchar(40) not null,
    payload          text not null,
    status           varchar(20) not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer not null default 0,
    last_status_code integer,
    last_error       varchar(500),
    next_attempt_at  timestamp with time zone not null,
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_program_idx on webhook_delivery (program_id, id desc);
