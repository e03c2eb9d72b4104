-- A call may refuse cooperatives that still have a funded project open (approved and not closed by a visit).
alter table funding_call add column no_open_funded_project boolean default true not null;
