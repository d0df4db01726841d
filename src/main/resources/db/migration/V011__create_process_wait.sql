-- Where each process instance of the embedded engine waits, with its variables: the in-memory engine forgets
-- everything when Relais stops, so at the next start each instance is created again at the elements it waited
-- at, with the same variables, hence the same deadlines (DESIGN.md, "The embedded engine forgets").
create table process_wait (
  engine_epoch varchar(64) not null,
  process_instance_key bigint not null,
  process_id varchar(100) not null,
  business_key varchar(100),
  elements text[] not null,
  variables jsonb not null,
  updated_at timestamptz not null,
  primary key (engine_epoch, process_instance_key)
);

-- How far the dev clock moved the embedded engine's time: restored at the next start, so time never goes back.
create table engine_clock (
  id int primary key check (id = 1),
  offset_millis bigint not null
);
