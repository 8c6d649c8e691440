-- An objective's outcome measure in a form Upward can judge (see ObjectiveMeasure), beside the free text.
-- Every existing free-text measure becomes QUALITATIVE: the admin judges it once the program ends.
alter table program_objective
    add column measure_kind    varchar(24) check (measure_kind in ('SKILL_POST_MEAN', 'SKILL_CHANGE',
        'SHARE_REACHING_LEVEL', 'SURVEY_CHANGE', 'CADENCE_SHARE', 'RETENTION_DIFFERENCE', 'OUTCOME_VALUE',
        'QUALITATIVE')),
    add column measure_side    varchar(6) check (measure_side in ('MENTOR', 'MENTEE')),
    add column measure_level   numeric(3, 1),
    add column measure_target  numeric(14, 2),
    add column measure_item    varchar(40) check (measure_item in ('COLLABORATION', 'SATISFACTION',
        'INTERGENERATIONAL_COMMUNICATION', 'NPS')),
    add column measure_wave    varchar(40),
    -- the admin's verdict on a QUALITATIVE measure, with the evidence for it
    add column verdict          varchar(8) check (verdict in ('MET', 'UNCERTAIN', 'NOT_MET')),
    add column verdict_evidence varchar(2000);

update program_objective set measure_kind = 'QUALITATIVE'
 where outcome_measure is not null and btrim(outcome_measure) <> '';

-- The skills a skill measure is judged on (not always the objective's focus skills: mentors rate others).
create table program_objective_measure_skill (
    objective_id  bigint not null references program_objective (id) on delete cascade,
    skill_id      bigint not null references skill (id),
    primary key (objective_id, skill_id)
);
create index program_objective_measure_skill_skill_idx on program_objective_measure_skill (skill_id);
