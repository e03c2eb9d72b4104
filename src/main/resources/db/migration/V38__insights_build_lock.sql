-- One row that an analytics build locks first, so that two builds (the scheduler's and one asked for, on one server or
-- several) run one after the other instead of colliding on the tables they both rewrite.
create table insights_build_lock (id integer primary key);
insert into insights_build_lock (id) values (1);
