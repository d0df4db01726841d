-- The rest of a structure's labellisation case: its contact (the platform invitation goes there), the audit
-- rounds, the upgrade after a failed audit, the label decision and what follows a granted label.
alter table structure
  add column email varchar(200),
  add column phone varchar(30),
  add column declaration_revision int not null default 1,
  add column checked_revision int not null default 0,
  add column auditor varchar(80) references app_user (username),
  add column audit_round int not null default 0,
  add column audit_due_at timestamptz,
  add column fast_track boolean not null default false,
  add column failed_audits int not null default 0,
  add column upgrade_due_at timestamptz,
  add column upgrade_recorded boolean not null default false,
  add column failure_decision varchar(20),
  add column national_agreement varchar(20),
  add column label_decision varchar(20),
  add column decision_due_at timestamptz,
  add column label_effective_date date,
  add column closing_reason text,
  add constraint structure_label_number_unique unique (label_number);

create index structure_auditor_idx on structure (auditor, status);

-- Label numbers are never reused, even for a label later withdrawn.
create sequence label_number_seq;

-- Which departments an auditor covers; assignment goes to the least-loaded auditor covering the structure's.
create table auditor_department (
  username varchar(80) not null references app_user (username),
  department_code varchar(3) not null references department (code),
  primary key (username, department_code)
);
create index auditor_department_department_idx on auditor_department (department_code);

-- One row per on-site audit round, judged against the référentiel version it names. Written when the auditor
-- submits (results as {"code","result","comment"}), final once scored.
create table structure_audit (
  structure_id uuid not null references structure (id),
  round int not null,
  referential_version varchar(20) not null references referential (version),
  auditor varchar(80) not null,
  fast_track boolean not null,
  due_at timestamptz,
  visit_date date not null,
  results jsonb not null,
  remarks text,
  submitted_by varchar(80) not null,
  submitted_at timestamptz not null,
  conclusive boolean,
  scored_at timestamptz,
  primary key (structure_id, round)
);

-- The one-time link to the France Services platform sent when the label is granted; only its hash is kept.
create table structure_invitation (
  structure_id uuid primary key references structure (id),
  token_hash varchar(64) not null unique,
  email varchar(200) not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  used_by varchar(80)
);

-- The structure's annex to the departmental framework convention, drawn up once when the label is granted.
create table structure_annex (
  structure_id uuid primary key references structure (id),
  file_name varchar(200) not null,
  content bytea not null,
  created_at timestamptz not null
);

-- The structure's agents as declared, handed to the initial training when the label is granted.
create table structure_agent (
  id uuid primary key,
  structure_id uuid not null references structure (id),
  full_name varchar(200) not null,
  training_status varchar(20) not null,
  registered_at timestamptz not null,
  constraint structure_agent_training_status_check check (training_status in ('AWAITING_TRAINING', 'IN_TRAINING',
    'CERTIFIED'))
);
create unique index structure_agent_name_idx on structure_agent (structure_id, lower(full_name));

-- Labelled structures the quality control samples from, each visited at least once a year.
create table quality_enrolment (
  structure_id uuid primary key references structure (id),
  enrolled_at timestamptz not null,
  first_visit_due_by date not null
);

-- A notification goes to a candidate group or, before the structure has any account, to an e-mail address.
alter table notification alter column recipient_group drop not null;
alter table notification add column recipient_email varchar(200);
alter table notification add constraint notification_recipient_check
  check ((recipient_group is null) <> (recipient_email is null));
