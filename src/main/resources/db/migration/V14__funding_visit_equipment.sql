-- A follow-up visit notes whether the funded equipment is in place.
alter table funding_visit add column equipment_in_place boolean default false not null;
