-- What the administration module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- AssemblyAccess

-- name: AssemblyAccess.cooperativeOf
select cooperative_id from administration_assembly where id = :id

-- AnnualAssembly

-- name: AnnualAssembly.heldOn
select a.cooperative_id, a.held_on, a.call_number, a.members_at_call,
    (select count(*) from administration_attendance t
     where t.assembly_id = a.id and t.presence <> 'ABSENT')
from administration_assembly a
where a.cooperative_id in (:ids) and a.kind = 'ORDINARY' and a.held_on > :end and a.held_on <= :by
    and a.held_on <= :today and a.members_at_call is not null
order by a.held_on

-- Compliance

-- name: Compliance.membersByCooperative
select cooperative_id, count(*) from administration_member
where cooperative_id in (:ids) and status = 'MEMBER' group by cooperative_id

-- name: Compliance.dutiesDone
select cooperative_id, done_on from administration_duty_done
where cooperative_id in (:ids) and year_end = :end and duty = 'FILING_WITH_CLERK'

-- DutyReminders

-- name: DutyReminders.remind
select distinct cooperative_id from administration_member where status = 'MEMBER' order by cooperative_id

-- name: DutyReminders.firstTime
insert into administration_duty_reminder (cooperative_id, year_end, duty, stage, told_at)
select :c, :y, :d, :s, :now where not exists (select 1 from administration_duty_reminder
    where cooperative_id = :c and year_end = :y and duty = :d and stage = :s)

-- Obligations

-- name: Obligations.forgetDone
delete from administration_duty_done where cooperative_id = :c and year_end = :y and duty = :d

-- name: Obligations.markDone
insert into administration_duty_done (cooperative_id, year_end, duty, done_on, proof, recorded_at,
    recorded_by) values (:c, :y, :d, :on, :proof, :now, :by)

-- name: Obligations.year
select duty, done_on, proof from administration_duty_done where cooperative_id = :c and year_end = :y

-- MemberAccess

-- name: MemberAccess.cooperativeOf
select cooperative_id from administration_member where id = :id

-- MemberRegister

-- name: MemberRegister.cinTaken
select count(*) from administration_member
where cooperative_id = :c and cin = :cin and status = 'MEMBER'

-- name: MemberRegister.nextNumber
select coalesce(max(number), 0) + 1 from administration_member where cooperative_id = :c

-- name: MemberRegister.callShares
select id from administration_member
where cooperative_id = :c and status = 'MEMBER' and called < share_value * shares order by number

-- name: MemberRegister.departures
select id from administration_member where status = 'MEMBER' and leaves_on < :today

-- name: MemberRegister.transfersToRatify
select count(*) from administration_member where cooperative_id = :c and transfer_to_ratify = true

-- name: MemberRegister.ratifyTransfers
select id from administration_member where cooperative_id = :c and transfer_to_ratify = true

-- name: MemberRegister.membersOn
select count(*) from administration_member
where cooperative_id = :c and joined_on <= :day and (left_on is null or left_on > :day)

-- name: MemberRegister.of
select count(*) from administration_member where cooperative_id = :c

-- name: MemberRegister.totals
select count(*),
    coalesce(sum(case when sex = 'F' then 1 else 0 end), 0),
    coalesce(sum(case when sex = 'M' then 1 else 0 end), 0),
    coalesce(sum(case when sex = 'F' and birth_year > :youngest then 1 else 0 end), 0),
    coalesce(sum(case when sex = 'M' and birth_year > :youngest then 1 else 0 end), 0),
    coalesce(sum(share_value * shares), 0), coalesce(sum(paid), 0)
from administration_member where cooperative_id = :c and status = 'MEMBER'

-- name: MemberRegister.sameLine
select id from administration_member
where cooperative_id = :c and full_name = :name and joined_on = :on and shares = :shares
    and recorded_by = :by and recorded_at > :since

-- Refunds

-- name: Refunds.capital
select joined_on, left_on, share_value * shares as subscribed, status from administration_member
where cooperative_id = :c

-- name: Refunds.nextAnnualAssembly
select held_on from administration_assembly
where cooperative_id = :c and kind = 'ORDINARY' and quorum_reached = true and held_on > :left
order by held_on

-- A line of the register (MemberRegister.Line), in its order

-- name: MemberRegister.line
select id, number, full_name, cin, sex, birth_year, address, occupation, joined_on, shares, share_value, paid,
  status, left_on, called, called_due_on
from administration_member where id = :id

-- name: MemberRegister.lines
select id, number, full_name, cin, sex, birth_year, address, occupation, joined_on, shares, share_value, paid,
  status, left_on, called, called_due_on
from administration_member where cooperative_id = :c order by number limit :size offset :off

-- name: MemberRegister.currentLines
select id, number, full_name, cin, sex, birth_year, address, occupation, joined_on, shares, share_value, paid,
  status, left_on, called, called_due_on
from administration_member where cooperative_id = :c and status = 'MEMBER' order by number
