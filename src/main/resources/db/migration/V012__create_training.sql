-- The initial training of France Services agents (domain.md section 5): modules as data, sessions the prefectures
-- schedule, seats never over-booked, each agent's enrolments and attendance.

-- Regions, so a session can welcome the agents of the whole region when their department has none.
create table region (
  code varchar(3) primary key,
  name varchar(100) not null
);
insert into region (code, name) values
  ('84', 'Auvergne-Rhône-Alpes'),
  ('27', 'Bourgogne-Franche-Comté'),
  ('53', 'Bretagne'),
  ('24', 'Centre-Val de Loire'),
  ('94', 'Corse'),
  ('44', 'Grand Est'),
  ('32', 'Hauts-de-France'),
  ('11', 'Île-de-France'),
  ('28', 'Normandie'),
  ('75', 'Nouvelle-Aquitaine'),
  ('76', 'Occitanie'),
  ('52', 'Pays de la Loire'),
  ('93', 'Provence-Alpes-Côte d''Azur'),
  ('01', 'Guadeloupe'),
  ('02', 'Martinique'),
  ('03', 'Guyane'),
  ('04', 'La Réunion'),
  ('06', 'Mayotte');

alter table department add column region_code varchar(3) references region (code);
update department set region_code = '84' where code in ('01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74');
update department set region_code = '27' where code in ('21', '25', '39', '58', '70', '71', '89', '90');
update department set region_code = '53' where code in ('22', '29', '35', '56');
update department set region_code = '24' where code in ('18', '28', '36', '37', '41', '45');
update department set region_code = '94' where code in ('2A', '2B');
update department set region_code = '44' where code in ('08', '10', '51', '52', '54', '55', '57', '67', '68', '88');
update department set region_code = '32' where code in ('02', '59', '60', '62', '80');
update department set region_code = '11' where code in ('75', '77', '78', '91', '92', '93', '94', '95');
update department set region_code = '28' where code in ('14', '27', '50', '61', '76');
update department set region_code = '75' where code in ('16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87');
update department set region_code = '76' where code in ('09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82');
update department set region_code = '52' where code in ('44', '49', '53', '72', '85');
update department set region_code = '93' where code in ('04', '05', '06', '13', '83', '84');
update department set region_code = '01' where code in ('971');
update department set region_code = '02' where code in ('972');
update department set region_code = '03' where code in ('973');
update department set region_code = '04' where code in ('974');
update department set region_code = '06' where code in ('976');

alter table department alter column region_code set not null;

-- Who trains: the CNFPT for the common base, the partners' training body for the "métiers" base (Institut 4.10 in
-- 2020). A trainer account belongs to one; a session names the one that gives it.
create table training_body (
  code varchar(40) primary key,
  name varchar(200) not null
);
insert into training_body (code, name) values
  ('CNFPT', 'CNFPT — Centre national de la fonction publique territoriale'),
  ('INSTITUT_4_10', 'Institut 4.10 — socle métiers des partenaires');

alter table app_user add column training_body varchar(40) references training_body (code);
update app_user set training_body = 'CNFPT' where role = 'TRAINER';
alter table app_user drop constraint app_user_scope_check;
alter table app_user add constraint app_user_scope_check check (
  (role = 'PREFECT' and department_code is not null)
  or (role = 'AGENT' and structure_id is not null)
  or (role = 'REFERENT' and operator_code is not null and department_code is not null)
  or (role = 'ESCALATION' and operator_code is not null)
  or (role = 'TRAINER' and training_body is not null)
  or role in ('ADMIN', 'ANCT', 'AUDITOR', 'VISITOR'));

-- The modules every agent follows before the structure opens (2020 plan: 2.5 days in person and one remote day of
-- common base, three days of partner modules organised by life situation).
create table training_module (
  code varchar(40) primary key,
  position int not null,
  title varchar(200) not null,
  provider varchar(200) not null,
  mode varchar(20) not null check (mode in ('IN_PERSON', 'REMOTE')),
  duration_days numeric(3, 1) not null check (duration_days > 0),
  required boolean not null default true
);
insert into training_module (code, position, title, provider, mode, duration_days) values
  ('SOCLE_COMMUN', 1, 'Socle commun : accueil, posture, médiation numérique, outils de la structure', 'CNFPT',
   'IN_PERSON', 2.5),
  ('SOCLE_DISTANCIEL', 2, 'Socle commun à distance : MOOC de médiation numérique et webinaire des outils (espace agent, outil de suivi, Administration+)',
   'CNFPT et Banque des Territoires', 'REMOTE', 1),
  ('METIERS_EMPLOI_RETRAITE', 3, 'Socle métiers : emploi et retraite (France Travail, Assurance retraite, MSA)',
   'Partenaires nationaux', 'IN_PERSON', 1),
  ('METIERS_FAMILLE_SANTE', 4, 'Socle métiers : famille, santé et solidarités (Caf, Assurance Maladie, MSA)',
   'Partenaires nationaux', 'IN_PERSON', 1),
  ('METIERS_PAPIERS_JUSTICE', 5, 'Socle métiers : papiers, impôts, justice et services postaux (France Titres, DGFiP, Justice, La Poste)',
   'Partenaires nationaux', 'IN_PERSON', 1);

-- A session the prefecture sets: a place and dates, a capacity, the body that trains. Seats are taken by one
-- conditional update each, so concurrent enrolments never exceed the capacity.
create table training_session (
  id uuid primary key,
  module_code varchar(40) not null references training_module (code),
  place varchar(300) not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  capacity int not null check (capacity > 0),
  seats_taken int not null default 0,
  trainer_body varchar(40) not null references training_body (code),
  department_code varchar(3) not null references department (code),
  open_to_region boolean not null default false,
  created_by varchar(80) not null,
  created_at timestamptz not null,
  constraint training_session_dates_check check (ends_at > starts_at),
  constraint training_session_seats_check check (seats_taken between 0 and capacity)
);
create index training_session_search_idx on training_session (module_code, department_code, starts_at);

alter table structure_agent add column process_instance_key bigint;
alter table structure_agent add column certified_at timestamptz;

-- One row per seat an agent takes; at most one open enrolment per agent and module.
create table training_enrolment (
  id uuid primary key,
  agent_id uuid not null references structure_agent (id),
  session_id uuid not null references training_session (id),
  module_code varchar(40) not null references training_module (code),
  status varchar(20) not null check (status in ('ENROLLED', 'ATTENDED', 'ABSENT', 'CANCELLED')),
  enrolled_at timestamptz not null,
  attendance_by varchar(80),
  attendance_at timestamptz,
  attendance_comment varchar(2000)
);
create unique index training_enrolment_open_idx on training_enrolment (agent_id, module_code) where status = 'ENROLLED';
create index training_enrolment_session_idx on training_enrolment (session_id);

-- A structure opens with at least two trained agents: its opening is watched from its planned date.
alter table structure add column opening_process_key bigint;
alter table structure add column opening_decision varchar(20);
alter table structure add column opening_checked_for timestamptz;
alter table structure add column opening_ready boolean;
