-- An application may be built from a saved version of the cooperative's business plan.
alter table funding_application add column bizplan_plan_id bigint references bizplan_plan (id);
alter table funding_application add column bizplan_version integer;
