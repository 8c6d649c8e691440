-- A partner may let the program's results quote their "what I learned", without their name.
alter table session_feedback add column learned_shareable boolean not null default false;
create index session_feedback_shareable_idx on session_feedback (session_id) where learned_shareable;
