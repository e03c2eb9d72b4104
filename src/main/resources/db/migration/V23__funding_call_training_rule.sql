-- Eligibility rule: the cooperative took part (a participant marked present) in a given training programme.
alter table funding_call add column training_programme_id bigint;
alter table funding_call add column training_programme_title varchar(200);
