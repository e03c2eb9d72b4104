-- What the committee's dashboards read of law 112-12 administration: the register's size, the ordinary assemblies
-- with whether their attendance reached the quorum of their call (kept by the assembly), and the duties recorded done.
alter table administration_assembly add column quorum_reached boolean default false not null;

create view administration_register_for_insights as
select cooperative_id, count(*) as members
from administration_member where status = 'MEMBER'
group by cooperative_id;

create view administration_assemblies_for_insights as
select cooperative_id, kind, held_on, quorum_reached
from administration_assembly;

create view administration_duties_for_insights as
select cooperative_id, year_end, duty, done_on
from administration_duty_done;

alter table insights_cooperative add column keeps_register boolean default false not null;
alter table insights_cooperative add column in_order boolean default false not null;
alter table insights_commune_milestone add column keeps_register integer default 0 not null;
alter table insights_commune_milestone add column in_order integer default 0 not null;
