-- How a cooperative wants to be told: e-mail when it has an address and SMS otherwise (the default, no row), e-mail
-- only, SMS only, or both; and the language of its SMS.
create table notifications_channel (
    cooperative_id bigint       not null primary key references registry_cooperative (id),
    channel        varchar(10)  not null,
    language       varchar(2)   not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(100) not null
);
