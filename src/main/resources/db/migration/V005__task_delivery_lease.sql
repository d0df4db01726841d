-- When the current attempt to hand a stored submission to the engine began, by the database's clock
-- (never the dev clock, which jumps). The periodic retry takes only submissions whose attempt failed or
-- is older than the lease, so it never races the request that is still delivering them.
alter table task add column delivery_started_at timestamptz;
update task set delivery_started_at = submitted_at where state = 'SUBMITTED';
