-- ShedLock's table: a scheduled job takes its row before running, so that with several nodes it runs on one at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
