-- "Newly created" has one definition, the registry's (created on or after the same day four years ago), so the
-- dashboard's figure always equals the length of the registry list it opens. The analytics build records it per
-- cooperative, and per commune and creation year for the rolled-up view.
alter table insights_cooperative add column newly_created boolean not null default false;
alter table insights_commune_milestone add column created_newly integer not null default 0;
