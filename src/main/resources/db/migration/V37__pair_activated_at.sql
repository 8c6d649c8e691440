-- When a pair became active (two good fits or the admin's click): its agreement is due two weeks later.
-- Pairs already active count from their program's start, or from when they were made if that is later.
alter table mentoring_pair add column activated_at timestamp with time zone;

update mentoring_pair p
   set activated_at = greatest(p.created_at, (pr.start_date::timestamp at time zone 'UTC'))
  from program pr
 where pr.id = p.program_id and p.status = 'ACTIVE';
