-- The application keeps its timeline as a child collection in order (Spring Data JDBC writes the list index), and the
-- agreement becomes an aggregate holding its tranches, with a version for optimistic locking.
alter table funding_application_event add column entry_index integer;
update funding_application_event e set entry_index = (
    select count(*) from funding_application_event o
    where o.application_id = e.application_id
      and (o.occurred_at < e.occurred_at or (o.occurred_at = e.occurred_at and o.id < e.id)));
alter table funding_application_event alter column entry_index set not null;
create unique index funding_application_event_entry on funding_application_event (application_id, entry_index);

alter table funding_agreement add column version integer default 0 not null;
