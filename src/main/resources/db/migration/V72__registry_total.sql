-- How many cooperatives the registry holds, for its list without filters: counting 60,000 rows for every page cost
-- more than the page. The database keeps it where it can, in the same transaction as each change (PostgreSQL's
-- triggers, V72_1); elsewhere `kept` stays false and the list counts the rows.
create table registry_total (
    id           integer primary key,
    cooperatives bigint  not null,
    kept         boolean not null
);
insert into registry_total (id, cooperatives, kept) select 1, count(*), false from registry_cooperative;
