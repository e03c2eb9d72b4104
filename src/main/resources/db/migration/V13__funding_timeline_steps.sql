-- Steps after the decision (agreement, signature, payments, visits) also appear in the applicant's timeline.
alter table funding_application_event add column step varchar(40);
