-- The dashboards refresh only the cooperatives a change touched: a member's or an assembly's audited change names
-- the member or the assembly, so insights may read whose they are.
create or replace view administration_assemblies_for_insights as
select cooperative_id, kind, held_on, quorum_reached, id as assembly_id
from administration_assembly;

create view administration_members_for_insights as
select id as member_id, cooperative_id from administration_member;
