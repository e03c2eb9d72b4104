-- How a user of a cooperative wants to be told herself, besides the cooperative's own channel: nothing more (the
-- default, no row), at her own e-mail address, by SMS at her own mobile number, or both; in Arabic or French.
create table notifications_personal (
    account_id bigint       not null primary key references accounts_user (id),
    channel    varchar(10)  not null,
    language   varchar(2)   not null,
    updated_at timestamp with time zone not null
);
