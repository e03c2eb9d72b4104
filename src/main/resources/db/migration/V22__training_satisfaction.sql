-- A cooperative's 1-5 satisfaction rating of a session it attended.
alter table training_invitation add column satisfaction integer;
alter table training_invitation add column rated_at timestamp with time zone;
