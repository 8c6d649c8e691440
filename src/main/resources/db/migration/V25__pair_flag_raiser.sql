-- Who raised a pair's flag: the flag and its note are seen by admins and by that person only, never by the
-- other partner. Flags raised before this column existed have no raiser and are seen by admins only.
alter table mentoring_pair add column flagged_by bigint references person (id) on delete set null;
