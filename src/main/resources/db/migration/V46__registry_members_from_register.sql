-- Once a cooperative keeps its member register in Tiwizi (administration module), its member counts come from the
-- register and the registry form no longer changes them.
alter table registry_cooperative add column members_from_register boolean not null default false;
