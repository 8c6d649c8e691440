-- The time zone a person wants moments (notification, audit, meeting times…) shown in, as a region id such
-- as 'Europe/Paris'. No value: the organisation's default, the setting upward.time-zone.
alter table account add column time_zone varchar(64);
