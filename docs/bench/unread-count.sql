-- The navigation's unread count on 1,000,000 notifications of 10,000 people (V10's table and indexes);
-- run: psql -h 127.0.0.1 -U postgres -f docs/bench/unread-count.sql   (then: drop database notify_bench)
drop database if exists notify_bench;
create database notify_bench;
\c notify_bench
create table person (id bigint generated always as identity primary key, email varchar(254) not null);
create unique index person_email_key on person (email);
create table notification (
    id bigint generated always as identity primary key,
    person_id bigint not null references person (id),
    kind varchar(30) not null, subject varchar(300) not null, text varchar(4000) not null,
    link varchar(500) not null, created_at timestamptz not null, read_at timestamptz);
create index notification_person_idx on notification (person_id, created_at desc, id desc);
create index notification_unread_idx on notification (person_id) where read_at is null;
insert into person (email) select 'p' || g || '@example.com' from generate_series(1, 10000) g;
insert into notification (person_id, kind, subject, text, link, created_at, read_at)
select 1 + (g % 10000), 'SESSION_LOGGED', 'Someone logged a session', repeat('x', 200), '/participant/pairs/1',
       now() - (g || ' seconds')::interval, case when g % 10 < 7 then now() end
from generate_series(1, 1000000) g;
analyze;
explain (analyze, timing) select count(*) from notification n join person p on p.id = n.person_id
 where p.email = 'p9@example.com' and n.read_at is null;
