-- Calls for the unpaid part of the shares (law 112-12, art. 26): how much of each subscription has been called and the
-- day the last call falls due. What was paid on subscribing counts as called.
alter table administration_member add column called numeric(14, 2);
update administration_member set called = paid;
alter table administration_member alter column called set not null;
alter table administration_member add column called_due_on date;
