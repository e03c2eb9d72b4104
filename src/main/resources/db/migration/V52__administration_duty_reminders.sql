-- The reminders of the legal calendar already told, so that each duty is told once per stage (soon, last day, late).
create table administration_duty_reminder (
    cooperative_id bigint      not null references registry_cooperative (id),
    year_end       date        not null,
    duty           varchar(30) not null,
    stage          varchar(10) not null,
    told_at        timestamp with time zone not null,
    primary key (cooperative_id, year_end, duty, stage)
);
