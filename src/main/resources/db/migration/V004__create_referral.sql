create table referral (
  id uuid primary key,
  structure_id uuid not null references structure (id),
  department_code varchar(3) not null references department (code),
  operator_code varchar(40) not null references operator (code),
  life_situation varchar(40) not null,
  subject varchar(200) not null,
  description text not null,
  citizen_name varchar(200),
  citizen_reference varchar(50),
  consent_given boolean not null,
  status varchar(30) not null,
  escalation_level int not null default 0,
  submitted_by varchar(80) not null,
  submitted_at timestamptz not null,
  due_at timestamptz not null,
  reminder_at timestamptz,
  escalation_due_at timestamptz,
  information_due_at timestamptz,
  -- While the agent is asked for more information the answer clock stops; this is what was left.
  paused_remaining_seconds bigint,
  question text,
  information text,
  answer text,
  answered_by varchar(80),
  answered_at timestamptz,
  auto_close_at timestamptz,
  closed_at timestamptz,
  anonymise_at timestamptz,
  anonymised_at timestamptz,
  -- Where the case waits in the BPMN and since when: enough to re-seed an empty engine.
  wait_element varchar(100),
  process_instance_key bigint,
  version int not null default 0,
  constraint referral_status_check check (status in ('OPEN', 'ESCALATED', 'AWAITING_INFORMATION', 'ANSWERED', 'CLOSED'))
);
create index referral_department_idx on referral (department_code, status);
create index referral_structure_idx on referral (structure_id);

-- Every candidate group a case was ever offered to: past candidates keep read access.
create table referral_candidate (
  referral_id uuid not null references referral (id),
  candidate_group varchar(120) not null,
  since timestamptz not null,
  primary key (referral_id, candidate_group)
);

create table routing_gap (
  id uuid primary key,
  referral_id uuid not null references referral (id),
  operator_code varchar(40) not null references operator (code),
  department_code varchar(3) not null references department (code),
  detected_at timestamptz not null,
  unique (referral_id, operator_code)
);
