-- Program templates: a template is kept as a program row (its objectives, measures, matching and assessment
-- settings, and the other modules' parts under its id) but is never a running program. Its dates are only the
-- anchor its dated parts (survey waves, intake) are relative to: a program made from it moves them all as far
-- as its start date is from the template's.
alter table program
    add column template     boolean     not null default false,
    -- the key of a template that ships with Upward (e.g. 'reverse-mentoring-standard'); null for admins' own
    add column template_key varchar(60);

-- Template names are unique among templates (programs may share names with them and with each other).
create unique index program_template_name_key on program (lower(name)) where template;
create index program_listed_idx on program (start_date desc, id desc) where not template;

-- Which shipped templates have been created once, so that deleting one does not bring it back on the next start.
create table program_template_shipped (
    template_key varchar(60) primary key,
    shipped_at   timestamp with time zone not null default now()
);
