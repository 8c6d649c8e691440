-- A person who left the company: their partner's notice that the pair ended and the admins' notice of the pairs
-- and proposals it ended have their own kind, no longer filed with flagged pairs.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('NEW_PAIR', 'INTRO_CHAT_DUE', 'SESSION_LOGGED', 'CHECK_IN_DUE', 'OVERDUE', 'ASSESSMENT_OPEN',
                    'SURVEY_OPEN', 'PAIR_FLAGGED', 'SPONSOR_NAMED', 'SPONSOR_SUMMARY', 'WRAP_UP_DUE',
                    'APPLICATION', 'PROGRAM_LAUNCHED', 'PERSON_LEFT'));
