-- Storefront search is a substring match on the folded product and cooperative names; a trigram index serves it.
create extension if not exists pg_trgm;
create index market_product_search_trgm on market_product using gin (search_key gin_trgm_ops);
