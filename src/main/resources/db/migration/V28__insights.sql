-- Analytics tables (in the manner of DHIS2's): rebuilt from the modules' tables after changes, and read by the
-- dashboards instead of the transaction tables. One row per cooperative with its dimensions and milestones, and one
-- row per (commune, sector, leadership, year) with the year's flows summed.
create table insights_cooperative (
    cooperative_id       bigint      primary key,
    commune_id           bigint      not null,
    sector               varchar(30) not null,
    women_led            boolean     not null,
    youth_led            boolean     not null,
    created_year         integer     not null,
    active               boolean     not null,
    members_women        integer     not null,
    members_men          integer     not null,
    first_reached_year   integer,
    first_certified_year integer,
    funded_year          integer
);
create index insights_cooperative_commune on insights_cooperative (commune_id);

create table insights_fact (
    commune_id             bigint         not null,
    sector                 varchar(30)    not null,
    women_led              boolean        not null,
    youth_led              boolean        not null,
    fact_year              integer        not null,
    cooperatives_new       integer        not null,
    participants_f         integer        not null,
    participants_m         integer        not null,
    participants_under_25  integer        not null,
    participants_25_34     integer        not null,
    participants_35_49     integer        not null,
    participants_50        integer        not null,
    attendance_marked      integer        not null,
    attendance_present     integer        not null,
    learning_pairs         integer        not null,
    learning_gain_sum      numeric(16, 4) not null,
    applications_submitted integer        not null,
    applications_pending   integer        not null,
    applications_approved  integer        not null,
    applications_waiting   integer        not null,
    applications_rejected  integer        not null,
    amount_requested       numeric(16, 2) not null,
    amount_approved        numeric(16, 2) not null,
    own_contribution       numeric(16, 2) not null,
    amount_paid            numeric(16, 2) not null,
    jobs_women             integer        not null,
    jobs_men               integer        not null,
    orders                 integer        not null,
    sales                  numeric(16, 2) not null,
    primary key (commune_id, sector, women_led, youth_led, fact_year)
);
create index insights_fact_year on insights_fact (fact_year);

create table insights_build (
    id          integer primary key,
    built_at    timestamp with time zone not null,
    duration_ms bigint  not null
);
