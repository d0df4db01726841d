-- A structure on its way to the label: what the prefect declared, under which référentiel version it is
-- judged, and where its labellisation case waits (so an empty engine can be re-seeded).
alter table structure
  add column kind varchar(20),
  add column carrier varchar(30),
  add column address varchar(300),
  add column postal_code varchar(5),
  add column planned_opening date,
  add column former_msap boolean not null default false,
  add column declaration jsonb,
  add column declaration_gaps jsonb,
  add column referential_version varchar(20) references referential (version),
  add column proposed_by varchar(80),
  add column process_instance_key bigint,
  add column wait_element varchar(100);

alter table structure add constraint structure_status_check check (status in ('PROPOSED', 'DECLARATION_INCOMPLETE',
  'AUDIT_PENDING', 'UPGRADE_REQUIRED', 'AWAITING_NATIONAL_AGREEMENT', 'AWAITING_LABEL_DECISION', 'LABELLED',
  'REFUSED', 'ABANDONED', 'SUSPENDED', 'WITHDRAWN'));
