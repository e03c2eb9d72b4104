-- Failed sign-ins are counted per typed username, known or not, so that the throttle cannot tell which accounts
-- exist; "pending" counts tries being checked right now, so parallel guesses are gated exactly like sequential ones.
create table accounts_sign_in (
    username     varchar(60) not null primary key,
    failures     integer     not null,
    pending      integer     not null,
    locked_until timestamp with time zone,
    attempted_at timestamp with time zone not null
);
create index accounts_sign_in_attempted on accounts_sign_in (attempted_at);

insert into accounts_sign_in (username, failures, pending, locked_until, attempted_at)
select username, failed_logins, 0, locked_until, updated_at from accounts_user
where failed_logins > 0 or locked_until is not null;

alter table accounts_user drop column failed_logins;
alter table accounts_user drop column locked_until;
