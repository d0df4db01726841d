-- The reference a person reads out on the phone: SAI-<department>-<year>-<sequence>, unique and never reused.
alter table referral add column reference varchar(30);

-- One counter per department and year, only ever incremented: a number once given is never given again, even if
-- its case disappears. Incremented by an upsert, whose row lock orders concurrent submissions.
create table referral_counter (
  department_code varchar(3) not null references department (code),
  year int not null,
  last_number int not null,
  primary key (department_code, year)
);

with numbered as (
  select id, department_code, extract(year from submitted_at at time zone 'Europe/Paris')::int as year,
    row_number() over (partition by department_code, extract(year from submitted_at at time zone 'Europe/Paris')
      order by submitted_at, id) as number
  from referral
)
update referral r
set reference = 'SAI-' || n.department_code || '-' || n.year || '-' || lpad(n.number::text, 6, '0')
from numbered n
where r.id = n.id;

insert into referral_counter (department_code, year, last_number)
select department_code, extract(year from submitted_at at time zone 'Europe/Paris')::int, count(*)
from referral
group by department_code, extract(year from submitted_at at time zone 'Europe/Paris')::int;

alter table referral alter column reference set not null;
create unique index referral_reference_idx on referral (reference);
