-- A member's withdrawal (law 112-12, arts. 18-19): the day it was asked and the year-end it takes effect at, until the
-- member leaves or the request is refused in time.
alter table administration_member add column withdrawal_requested_on date;
alter table administration_member add column leaves_on date;
create index administration_member_leaving on administration_member (leaves_on);
