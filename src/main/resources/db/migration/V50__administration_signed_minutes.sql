-- The minutes signed on paper and scanned (law 112-12, art. 45), attached to their assembly.
alter table administration_assembly add column signed_minutes_hash varchar(64);
alter table administration_assembly add column signed_minutes_name varchar(255);
alter table administration_assembly add column signed_minutes_type varchar(60);
alter table administration_assembly add column signed_minutes_at timestamp with time zone;
