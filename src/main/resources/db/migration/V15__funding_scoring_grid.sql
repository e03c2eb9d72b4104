-- Each call weighs the scoring criteria its own way (default 20 30 20 15 15); a score keeps the weight it was given.
alter table funding_call add column grid_weights varchar(40) default '20 30 20 15 15' not null;
alter table funding_review_score add column weight integer default 0 not null;
