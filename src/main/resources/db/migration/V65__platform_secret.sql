-- Keys the nodes share (the key that signs check-in codes and learning-test links): made once by whichever node needs
-- one first, then read by all, so a code made on one node verifies on another and after a restart.
create table platform_secret (
    name       varchar(60)  not null primary key,
    secret     varchar(128) not null,
    created_at timestamp with time zone not null
);
