-- The reference of a structure's project before its label number: PRJ-<department>-<year>-<sequence>, given once at
-- the proposal and never reused, so a prefecture can name a project on the phone before it is labelled. Structures
-- that were never proposed through Relais (labelled before it) have none.
alter table structure add column proposal_reference varchar(30);
create sequence structure_proposal_seq;

with numbered as (
  select id, department_code, extract(year from created_at at time zone 'Europe/Paris')::int as year,
    row_number() over (order by created_at, id) as number
  from structure
  where proposed_by is not null
)
update structure s
set proposal_reference = 'PRJ-' || n.department_code || '-' || n.year || '-' || lpad(n.number::text, 5, '0')
from numbered n
where s.id = n.id;

select setval('structure_proposal_seq', greatest(1, (select count(*) from structure where proposed_by is not null)),
  (select count(*) from structure where proposed_by is not null) > 0);

create unique index structure_proposal_reference_idx on structure (proposal_reference);
