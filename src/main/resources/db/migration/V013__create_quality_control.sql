-- Quality control of labelled structures: monthly campaigns that draw mystery visits at random, the control each
-- drawn structure goes through (visit, corrective plan, follow-up visit, label review), yearly satisfaction surveys.

-- When each enrolled structure was last visited and by when its next visit is due.
alter table quality_enrolment rename column first_visit_due_by to visit_due_by;
alter table quality_enrolment add column last_visit_on date;
alter table quality_enrolment add column last_survey_at timestamptz;

-- A campaign keeps its seed and what it drew from, so anyone can draw it again and find the same sample.
create table quality_campaign (
  id uuid primary key,
  -- One campaign a day at most: a redelivered draw finds the day's campaign and draws nothing more.
  started_on date not null unique,
  started_at timestamptz not null,
  seed bigint not null,
  next_campaign date not null,
  campaigns_per_year int not null,
  frame jsonb not null,
  sample uuid[] not null
);

-- One control of one structure: its mystery visit and, when it fails, the corrective plan, the follow-up visit and
-- the prefect's review of the label.
create table quality_control (
  id uuid primary key,
  campaign_id uuid references quality_campaign (id),
  structure_id uuid not null references structure (id),
  department_code varchar(3) not null references department (code),
  status varchar(30) not null check (status in ('VISIT_DUE', 'PASSED', 'PLAN_DUE', 'FOLLOW_UP_DUE', 'REVIEW',
    'KEPT', 'SUSPENDED', 'REINSTATED', 'WITHDRAWN')),
  failed_visits int not null default 0,
  plan_due_at timestamptz,
  corrective_plan text,
  plan_by varchar(80),
  follow_up_at timestamptz,
  opened_at timestamptz not null,
  closed_at timestamptz,
  process_instance_key bigint
);
create index quality_control_structure_idx on quality_control (structure_id, opened_at);
-- At most one open control per structure: a campaign never draws a structure still under control.
create unique index quality_control_open_idx on quality_control (structure_id) where closed_at is null;

create table mystery_visit (
  control_id uuid not null references quality_control (id),
  round int not null,
  visited_on date not null,
  visitor varchar(80) not null,
  scenario varchar(40) not null,
  scores jsonb not null,
  score int not null check (score between 0 and 100),
  passed boolean not null,
  remarks text,
  recorded_at timestamptz not null,
  primary key (control_id, round)
);

-- A yearly satisfaction survey: open four weeks through a public link, one answer per submission, no personal data.
create table satisfaction_survey (
  id uuid primary key,
  structure_id uuid not null references structure (id),
  department_code varchar(3) not null references department (code),
  token varchar(64) not null unique,
  opens_at timestamptz not null,
  closes_at timestamptz not null,
  answers int not null default 0,
  satisfied int not null default 0,
  rate numeric(5, 2),
  closed_at timestamptz,
  status varchar(20) not null check (status in ('OPEN', 'CLOSED', 'REVIEW', 'KEPT', 'SUSPENDED', 'REINSTATED',
    'WITHDRAWN')),
  process_instance_key bigint
);
create unique index satisfaction_survey_open_idx on satisfaction_survey (structure_id) where closed_at is null;

create table survey_answer (
  id bigserial primary key,
  survey_id uuid not null references satisfaction_survey (id),
  answered_at timestamptz not null,
  satisfaction int not null check (satisfaction between 1 and 5),
  outcome varchar(10) not null check (outcome in ('SOLVED', 'PARTLY', 'UNSOLVED')),
  recommend boolean not null
);

-- The prefect's review of a label after two failed visits or a poor survey.
create table label_review (
  id uuid primary key,
  structure_id uuid not null references structure (id),
  source varchar(20) not null check (source in ('MYSTERY_VISITS', 'SURVEY')),
  source_id uuid not null,
  opened_at timestamptz not null,
  decision varchar(20) check (decision in ('KEEP', 'SUSPEND', 'WITHDRAW')),
  suspended_until date,
  reason text,
  decided_by varchar(80),
  decided_at timestamptz,
  constraint label_review_source_unique unique (source, source_id)
);
