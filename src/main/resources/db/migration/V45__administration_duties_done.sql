-- What a cooperative has done of its legal calendar (law 112-12 arts. 12, 41, 68; tax code art. 20): each duty of a
-- financial year, done on a day, with what proves it (a receipt number of the court clerk, of the tax office).
create table administration_duty_done (
    cooperative_id bigint       not null references registry_cooperative (id),
    year_end       date         not null,
    duty           varchar(30)  not null,
    done_on        date         not null,
    proof          varchar(300) not null,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(60)  not null,
    primary key (cooperative_id, year_end, duty)
);
