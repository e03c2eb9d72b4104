-- The registry's total kept by PostgreSQL: once per statement, whatever the number of rows it wrote (an import, the
-- national dataset's batches), in the writer's own transaction, so the writer sees it at once and a rollback undoes it.
create function registry_total_added() returns trigger language plpgsql as $$
begin
    update registry_total set cooperatives = cooperatives + (select count(*) from added) where id = 1;
    return null;
end $$;

create function registry_total_removed() returns trigger language plpgsql as $$
begin
    update registry_total set cooperatives = cooperatives - (select count(*) from removed) where id = 1;
    return null;
end $$;

create function registry_total_emptied() returns trigger language plpgsql as $$
begin
    update registry_total set cooperatives = 0 where id = 1;
    return null;
end $$;

create trigger registry_total_insert after insert on registry_cooperative
    referencing new table as added for each statement execute function registry_total_added();
create trigger registry_total_delete after delete on registry_cooperative
    referencing old table as removed for each statement execute function registry_total_removed();
create trigger registry_total_truncate after truncate on registry_cooperative
    for each statement execute function registry_total_emptied();

update registry_total set cooperatives = (select count(*) from registry_cooperative), kept = true where id = 1;
