-- Relais' own task list: one row per job-worker user-task job.
create table task (
  id uuid primary key,
  -- The embedded engine restarts its keys from the same values after each start: a job key is
  -- only unique together with the engine generation it came from.
  engine_epoch varchar(64) not null,
  job_key bigint not null,
  process_instance_key bigint not null,
  process_id varchar(100) not null,
  element_id varchar(100) not null,
  name varchar(200) not null,
  business_key varchar(100),
  form_key varchar(100),
  candidate_groups text[] not null,
  assignee varchar(80),
  created_at timestamptz not null,
  due_at timestamptz,
  follow_up_at timestamptz,
  state varchar(20) not null,
  variables jsonb not null,
  submitted_by varchar(80),
  submitted_at timestamptz,
  submission jsonb,
  completion_attempts int not null default 0,
  last_completion_error varchar(500),
  completed_at timestamptz,
  withdrawn_at timestamptz,
  withdrawn_reason varchar(300),
  version int not null default 0,
  constraint task_job_unique unique (engine_epoch, job_key),
  constraint task_state_check check (state in ('OPEN', 'SUBMITTED', 'COMPLETED', 'WITHDRAWN'))
);
create index task_open_idx on task (state, due_at) where state in ('OPEN', 'SUBMITTED');
create index task_groups_idx on task using gin (candidate_groups);
create index task_business_key_idx on task (business_key);
