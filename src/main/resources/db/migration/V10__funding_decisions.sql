-- The committee's decision on a complete application: approved (with an amount, possibly with conditions), waiting
-- list, or rejected with a reason the applicant reads in their language.
alter table funding_application add column decision_amount numeric(14, 2);
alter table funding_application add column decision_conditions varchar(2000);
alter table funding_application add column decision_reason varchar(40);
alter table funding_application add column decision_comment varchar(2000);
alter table funding_application add column decided_at timestamp with time zone;
