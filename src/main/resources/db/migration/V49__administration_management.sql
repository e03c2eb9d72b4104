-- Who runs a cooperative (law 112-12, arts. 47-56, 65): its directors or managers with their mandates, never deleted
-- (an ended mandate keeps the day it ended).
create table administration_management (
    cooperative_id bigint primary key references registry_cooperative (id),
    updated_at     timestamp with time zone not null,
    version        integer not null
);

create table administration_mandate (
    cooperative_id bigint       not null references administration_management (cooperative_id),
    member_id      bigint       not null references administration_member (id),
    member_name    varchar(150) not null,
    role           varchar(20)  not null,
    elected_on     date         not null,
    ends_on        date         not null,
    ended_on       date
);
create index administration_mandate_cooperative on administration_mandate (cooperative_id);
