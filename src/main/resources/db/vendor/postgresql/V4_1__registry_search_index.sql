-- Substring search on the folded names (LIKE '%...%') uses a trigram index on PostgreSQL.
create extension if not exists pg_trgm;
create index registry_cooperative_search_trgm on registry_cooperative using gin (search_text gin_trgm_ops);
