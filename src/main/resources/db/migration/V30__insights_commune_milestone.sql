-- Cooperative milestones counted by commune and year (created, of which women-led and youth-led, members, first
-- reached by training, first certified, first funded and of those still active): what the dashboard reads when no
-- sector or leadership is chosen, so a national view sums some twenty thousand rows instead of every cooperative.
create table insights_commune_milestone (
    commune_id        bigint  not null,
    milestone_year    integer not null,
    created           integer not null,
    created_women_led integer not null,
    created_youth_led integer not null,
    members           integer not null,
    members_women     integer not null,
    reached           integer not null,
    certified         integer not null,
    funded            integer not null,
    funded_active     integer not null,
    primary key (commune_id, milestone_year)
);
