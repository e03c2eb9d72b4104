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

-- Cooperatives the law required to have a board at the year end (members, or sales two years running) without one
-- name: Compliance.boardMissing
select r.cooperative_id from (
  select cooperative_id from administration_member
  where cooperative_id in (:ids) and joined_on <= :end and (left_on is null or left_on > :end)
  group by cooperative_id having count(*) > :members
  union
  select cooperative_id from administration_journal_entry
  where cooperative_id in (:ids) and account in (:sales) and occurred_on between :start and :end
  group by cooperative_id
  having sum(case when occurred_on > :yearBefore then amount else 0 end) > :turnover
    and sum(case when occurred_on <= :yearBefore then amount else 0 end) > :turnover) r
where not exists (select 1 from administration_mandate d where d.cooperative_id = r.cooperative_id
  and d.role = 'DIRECTOR' and d.ended_on is null)

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

-- Books: the cash and bank journal, its inventory and its closed years (art. 68)

-- name: Books.count
select count(*) from administration_journal_entry
where cooperative_id = :c and occurred_on between :start and :end

-- name: Books.journal
select e.id, e.number, e.occurred_on, e.account, e.means, e.amount, e.member_id, m.full_name as member_name,
  e.counterpart, e.label, e.source, e.reverses,
  exists (select 1 from administration_journal_entry r where r.reverses = e.id) as reversed
from administration_journal_entry e left join administration_member m on m.id = e.member_id
where e.cooperative_id = :c and e.occurred_on between :start and :end
order by e.occurred_on desc, e.number desc limit :size offset :off

-- name: Books.entry
select e.id, e.number, e.occurred_on, e.account, e.means, e.amount, e.member_id, null as member_name,
  e.counterpart, e.label, e.source, e.reverses,
  exists (select 1 from administration_journal_entry r where r.reverses = e.id) as reversed
from administration_journal_entry e where e.id = :id and e.cooperative_id = :c

-- Each account's sum through the till or the bank, in the year (in_year = 1) or before it
-- name: Books.sums
select account, means, in_year, sum(amount) from (
  select account, means, amount, case when occurred_on >= :start then 1 else 0 end as in_year
  from administration_journal_entry where cooperative_id = :c and occurred_on <= :end) e
group by account, means, in_year

-- name: Books.businessWithMembers
select coalesce(sum(amount), 0) from administration_journal_entry
where cooperative_id = :c and occurred_on between :start and :end and account in (:accounts)
  and member_id is not null

-- name: Books.businessWithOthers
select coalesce(sum(amount), 0) from administration_journal_entry
where cooperative_id = :c and occurred_on between :start and :end and account in (:accounts)
  and member_id is null

-- name: Books.businessByMember
select member_id, sum(amount) from administration_journal_entry
where cooperative_id = :c and occurred_on between :start and :end and account in (:accounts)
  and member_id is not null
group by member_id order by member_id

-- name: Books.memberOf
select cooperative_id from administration_member where id = :m

-- name: Books.alreadyWritten
select count(*) from administration_journal_entry
where cooperative_id = :c and source = :source and source_ref = :ref

-- name: Books.createCounter
insert into administration_journal_counter (cooperative_id, last) values (:c, 0) on conflict do nothing

-- name: Books.countEntry
update administration_journal_counter set last = last + 1 where cooperative_id = :c

-- name: Books.lastNumber
select last from administration_journal_counter where cooperative_id = :c

-- name: Books.write
insert into administration_journal_entry (cooperative_id, number, occurred_on, account, means, amount, member_id,
  counterpart, label, source, source_ref, reverses, recorded_at, recorded_by)
values (:c, :number, :on, :account, :means, :amount, :member, :counterpart, :label, :source, :ref, :reverses, :now,
  :by)

-- name: Books.closedFrom
select count(*) from administration_closed_year where cooperative_id = :c and year_end >= :day

-- name: Books.close
insert into administration_closed_year (cooperative_id, year_end, closed_at, closed_by) values (:c, :end, :now, :by)

-- name: Books.inventory
select id, item, quantity, unit_value from administration_inventory_line
where cooperative_id = :c and year_end = :end order by id

-- name: Books.addInventoryLine
insert into administration_inventory_line (cooperative_id, year_end, item, quantity, unit_value, recorded_at,
  recorded_by)
values (:c, :end, :item, :quantity, :value, :now, :by)

-- name: Books.removeInventoryLine
delete from administration_inventory_line where id = :id and cooperative_id = :c and year_end = :end

-- SurplusAllocations: a closed year's surplus as the annual assembly allocated it (arts. 69, 31)

-- name: SurplusAllocations.adopted
select interest_percent, rebate_percent, adopted_on from administration_surplus
where cooperative_id = :c and year_end = :end

-- The capital subscribed and paid up by the current members
-- name: SurplusAllocations.capital
select coalesce(sum(share_value * shares), 0) as subscribed, coalesce(sum(paid), 0) as paid_up
from administration_member
where cooperative_id = :c and status = 'MEMBER'

-- name: SurplusAllocations.legalReserveBefore
select coalesce(sum(legal_reserve), 0) from administration_surplus where cooperative_id = :c and year_end < :end

-- name: SurplusAllocations.adopt
insert into administration_surplus (cooperative_id, year_end, net_surplus, legal_reserve, interest_percent, interest,
  rebate_percent, rebates, remainder, adopted_on, recorded_at, recorded_by)
values (:c, :end, :net, :reserve, :interestPercent, :interest, :rebatePercent, :rebates, :remainder, :on, :now, :by)

-- name: SurplusAllocations.rebate
insert into administration_rebate (cooperative_id, year_end, member_id, business, rebate)
values (:c, :end, :m, :business, :rebate)

-- name: SurplusAllocations.names
select id, full_name from administration_member where cooperative_id = :c
