-- What the insights module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- Analytics

-- name: Analytics.builtAt
select built_at from insights_build where id = 1

-- name: Analytics.lockBuild
select id from insights_build_lock where id = 1 for update

-- The build reads either everything (:all) or, for a refresh, only the cooperatives a change touched (:ids) and the
-- communes they are in (:communes); the tables are then rewritten for those communes only.

-- name: Analytics.clearCommuneYears
delete from insights_commune_year where (:all or commune_id in (:communes))

-- name: Analytics.clearCommuneMilestones
delete from insights_commune_milestone where (:all or commune_id in (:communes))

-- name: Analytics.clearFacts
delete from insights_fact where (:all or commune_id in (:communes))

-- name: Analytics.clearCooperatives
delete from insights_cooperative where (:all or cooperative_id in (:ids))

-- name: Analytics.communesOf
select distinct commune_id from insights_cooperative where cooperative_id in (:ids)

-- name: Analytics.cooperativesIn
select cooperative_id from insights_cooperative where commune_id in (:communes)

-- name: Analytics.cooperatives
insert into insights_cooperative (cooperative_id, commune_id, sector, women_led, youth_led,
    newly_created, created_year, active, members_women, members_men, first_reached_year, first_certified_year,
    funded_year)
select c.cooperative_id, c.commune_id, c.sector, c.president_sex = 'F',
    coalesce(c.president_birth_year > :youngest, false), c.created_on >= :newSince,
    extract(year from c.created_on),
    c.status = 'ACTIVE', c.members_women, c.members_men, r.first_year, t.first_year, f.first_year
from registry_for_insights c
left join (select cooperative_id, min(extract(year from held_on)) as first_year
           from training_participation_for_insights
           where attended = true and (:all or cooperative_id in (:ids))
           group by cooperative_id) r on r.cooperative_id = c.cooperative_id
left join (select cooperative_id, min(extract(year from issued_at)) as first_year
           from training_certificates_for_insights where (:all or cooperative_id in (:ids))
           group by cooperative_id) t
          on t.cooperative_id = c.cooperative_id
left join (select cooperative_id, min(extract(year from decided_at)) as first_year
           from funding_applications_for_insights
           where status = 'APPROVED' and (:all or cooperative_id in (:ids))
           group by cooperative_id) f
          on f.cooperative_id = c.cooperative_id
where (:all or c.cooperative_id in (:ids))

-- name: Analytics.communeMilestones
insert into insights_commune_milestone (commune_id, milestone_year, created, created_women_led,
    created_youth_led, created_newly, members, members_women, reached, certified, funded, funded_active,
    keeps_register, in_order)
select commune_id, y, sum(created), sum(women), sum(youth), sum(newly), sum(members), sum(members_women),
    sum(reached), sum(certified), sum(funded), sum(funded_active), sum(keeps), sum(in_order)
from (select commune_id, created_year as y, 1 as created,
          case when women_led then 1 else 0 end as women, case when youth_led then 1 else 0 end as youth,
          case when newly_created then 1 else 0 end as newly,
          members_women + members_men as members, members_women, 0 as reached, 0 as certified,
          0 as funded, 0 as funded_active, case when keeps_register then 1 else 0 end as keeps,
          case when in_order then 1 else 0 end as in_order from insights_cooperative
      union all
      select commune_id, first_reached_year, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0 from insights_cooperative
      where first_reached_year is not null
      union all
      select commune_id, first_certified_year, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0
      from insights_cooperative where first_certified_year is not null
      union all
      select commune_id, funded_year, 0, 0, 0, 0, 0, 0, 0, 0, 1, case when active then 1 else 0 end,
          0, 0
      from insights_cooperative where funded_year is not null) m
where (:all or commune_id in (:communes))
group by commune_id, y

-- name: Analytics.markBuilt
update insights_build set built_at = :now, duration_ms = :ms where id = 1

-- name: Analytics.markRefreshed
update insights_build set built_at = :now where id = 1

-- name: Analytics.firstBuild
insert into insights_build (id, built_at, duration_ms) values (1, :now, :ms)

-- name: Analytics.keepsRegister
update insights_cooperative set keeps_register = exists (select 1 from administration_register_for_insights r
    where r.cooperative_id = insights_cooperative.cooperative_id and r.members > 0)
where (:all or cooperative_id in (:ids))

-- name: Analytics.inOrder
update insights_cooperative set in_order = keeps_register
    and exists (select 1 from administration_assemblies_for_insights a
        where a.cooperative_id = insights_cooperative.cooperative_id and a.kind = 'ORDINARY'
            and a.quorum_reached = true and a.held_on > :end and a.held_on <= :by
            and a.held_on <= :today)
    and exists (select 1 from administration_duties_for_insights d
        where d.cooperative_id = insights_cooperative.cooperative_id and d.year_end = :end
            and d.duty = 'FILING_WITH_CLERK')
where (:all or cooperative_id in (:ids))

-- The flows of insights_fact: each gives cooperative_id, yr and its own measures (the others are zero),
-- already grouped by cooperative and year; Analytics.build puts them together.

-- name: Analytics.flow.cooperatives
select cooperative_id, extract(year from created_on) as yr, 1 as cooperatives_new
from registry_for_insights where (:all or cooperative_id in (:ids))

-- name: Analytics.flow.participation
select cooperative_id, extract(year from held_on) as yr,
    count(distinct case when sex = 'F' then phone end) as participants_f,
    count(distinct case when sex = 'M' then phone end) as participants_m,
    count(distinct case when age_band = 'UNDER_25' then phone end) as participants_under_25,
    count(distinct case when age_band = 'FROM_25_TO_34' then phone end) as participants_25_34,
    count(distinct case when age_band = 'FROM_35_TO_49' then phone end) as participants_35_49,
    count(distinct case when age_band = 'FROM_50' then phone end) as participants_50,
    count(attended) as attendance_marked,
    sum(case when attended = true then 1 else 0 end) as attendance_present
from training_participation_for_insights
where status = 'SEATED' and (:all or cooperative_id in (:ids))
group by cooperative_id, extract(year from held_on)

-- name: Analytics.flow.learning
select cooperative_id, extract(year from held_on) as yr, count(*) as learning_pairs,
    sum(post_percent - pre_percent) as learning_gain_sum
from training_learning_for_insights where (:all or cooperative_id in (:ids))
group by cooperative_id, extract(year from held_on)

-- name: Analytics.flow.applications
select cooperative_id, extract(year from submitted_at) as yr, count(*) as applications_submitted,
    sum(case when status in ('SUBMITTED', 'RETURNED', 'COMPLETE') then 1 else 0 end)
        as applications_pending,
    sum(case when status = 'APPROVED' then 1 else 0 end) as applications_approved,
    sum(case when status = 'WAITING_LIST' then 1 else 0 end) as applications_waiting,
    sum(case when status = 'REJECTED' then 1 else 0 end) as applications_rejected,
    coalesce(sum(public_requested), 0) as amount_requested
from funding_applications_for_insights where submitted_at is not null and (:all or cooperative_id in (:ids))
group by cooperative_id, extract(year from submitted_at)

-- name: Analytics.flow.decisions
select cooperative_id, extract(year from decided_at) as yr,
    coalesce(sum(decision_amount), 0) as amount_approved,
    coalesce(sum(coalesce(own_cash, 0) + coalesce(own_in_kind, 0)), 0) as own_contribution
from funding_applications_for_insights where status = 'APPROVED' and decided_at is not null
    and (:all or cooperative_id in (:ids))
group by cooperative_id, extract(year from decided_at)

-- name: Analytics.flow.payments
select cooperative_id, extract(year from released_on) as yr, sum(amount) as amount_paid
from funding_tranches_for_insights
where released_on is not null and (:all or cooperative_id in (:ids))
group by cooperative_id, extract(year from released_on)

-- name: Analytics.flow.jobs
select cooperative_id, yr, sum(women) as jobs_women, sum(men) as jobs_men
from (select cooperative_id, extract(year from max(visited_on)) as yr,
          max(jobs_women) as women, max(jobs_men) as men
      from funding_visits_for_insights where (:all or cooperative_id in (:ids))
      group by application_id, cooperative_id) j
group by cooperative_id, yr

-- name: Analytics.flow.orders
select cooperative_id, extract(year from placed_at) as yr, count(*) as orders, sum(total) as sales
from market_orders_for_insights where status <> 'CANCELLED' and (:all or cooperative_id in (:ids))
group by cooperative_id, extract(year from placed_at)

-- name: Analytics.flow
select b.cooperative_id, cast(b.yr as integer) as yr, {measures} from ({flow}) b

-- name: Analytics.facts
insert into insights_fact (commune_id, sector, women_led, youth_led, fact_year, {measures})
select k.commune_id, k.sector, k.women_led, k.youth_led, x.yr, {sums}
from ({flows}) x join insights_cooperative k on k.cooperative_id = x.cooperative_id
group by k.commune_id, k.sector, k.women_led, k.youth_led, x.yr

-- name: Analytics.communeYears
insert into insights_commune_year (commune_id, fact_year, {measures})
select commune_id, fact_year, {sums} from insights_fact where (:all or commune_id in (:communes))
group by commune_id, fact_year

-- Dashboard: the figures of a period, by year and by commune, for the places, sector and leadership asked for
-- (an empty filter lets everything through); {sums} is every measure of insights_fact, summed.

-- name: Dashboard.facts.byYear
select fact_year, {sums} from insights_fact
where (:everyCommune or commune_id in (:communes)) and (:sector = '' or sector = :sector)
  and (:anyWomen or women_led = :women) and (:anyYouth or youth_led = :youth)
  and fact_year between :from and :to
group by fact_year order by fact_year

-- name: Dashboard.facts.byCommune
select commune_id, {sums} from insights_fact
where (:everyCommune or commune_id in (:communes)) and (:sector = '' or sector = :sector)
  and (:anyWomen or women_led = :women) and (:anyYouth or youth_led = :youth)
  and fact_year between :from and :to
group by commune_id

-- name: Dashboard.communeYears.byYear
select fact_year, {sums} from insights_commune_year
where (:everyCommune or commune_id in (:communes)) and fact_year between :from and :to
group by fact_year order by fact_year

-- name: Dashboard.communeYears.byCommune
select commune_id, {sums} from insights_commune_year
where (:everyCommune or commune_id in (:communes)) and fact_year between :from and :to
group by commune_id

-- name: Dashboard.cooperatives
select commune_id,
  count(case when created_year <= :to then 1 end) as registered,
  count(case when created_year between :from and :to then 1 end) as created,
  count(case when created_year <= :to and women_led = true then 1 end) as women_led_count,
  count(case when created_year <= :to and youth_led = true then 1 end) as youth_led_count,
  count(case when created_year <= :to and newly_created = true then 1 end) as newly_created,
  coalesce(sum(case when created_year <= :to then members_women + members_men else 0 end), 0) as members,
  coalesce(sum(case when created_year <= :to then members_women else 0 end), 0) as members_women_sum,
  count(case when first_reached_year between :from and :to then 1 end) as reached,
  count(case when first_certified_year between :from and :to then 1 end) as certified,
  count(case when funded_year <= :fundedBy then 1 end) as funded_long_ago,
  count(case when funded_year <= :fundedBy and active = true then 1 end) as funded_long_ago_active,
  count(case when created_year <= :to and keeps_register = true then 1 end) as keep_register,
  count(case when created_year <= :to and in_order = true then 1 end) as in_order
from insights_cooperative
where (:everyCommune or commune_id in (:communes)) and (:sector = '' or sector = :sector)
  and (:anyWomen or women_led = :women) and (:anyYouth or youth_led = :youth)
group by commune_id

-- name: Dashboard.communeMilestones
select commune_id,
  coalesce(sum(case when milestone_year <= :to then created end), 0) as registered,
  coalesce(sum(case when milestone_year between :from and :to then created end), 0) as created,
  coalesce(sum(case when milestone_year <= :to then created_women_led end), 0) as women_led_count,
  coalesce(sum(case when milestone_year <= :to then created_youth_led end), 0) as youth_led_count,
  coalesce(sum(case when milestone_year <= :to then created_newly end), 0) as newly_created,
  coalesce(sum(case when milestone_year <= :to then members end), 0) as members,
  coalesce(sum(case when milestone_year <= :to then members_women end), 0) as members_women_sum,
  coalesce(sum(case when milestone_year between :from and :to then reached end), 0) as reached,
  coalesce(sum(case when milestone_year between :from and :to then certified end), 0) as certified,
  coalesce(sum(case when milestone_year <= :fundedBy then funded end), 0) as funded_long_ago,
  coalesce(sum(case when milestone_year <= :fundedBy then funded_active end), 0) as funded_long_ago_active,
  coalesce(sum(case when milestone_year <= :to then keeps_register end), 0) as keep_register,
  coalesce(sum(case when milestone_year <= :to then in_order end), 0) as in_order
from insights_commune_milestone
where (:everyCommune or commune_id in (:communes))
group by commune_id

-- Lists: the rows behind a number of the dashboard
-- (name_ar, name_latin, reference, status, amount, happened_on, link),
-- in the period and for the places, sector and leadership asked for; {condition} narrows them to the indicator.

-- name: Lists.count
select count(*) from ({rows}) r

-- name: Lists.page
select * from ({rows}) r order by 6 desc nulls last, 3 limit :size offset :off

-- name: Lists.applications
select c.name_ar, c.name_latin, a.reference, a.status, coalesce(a.decision_amount, a.public_requested) as amount,
  cast(a.submitted_at as date) as happened_on, '/applications/' || a.application_id as link
from funding_applications_for_insights a
join insights_cooperative k on k.cooperative_id = a.cooperative_id
join registry_for_insights c on c.cooperative_id = a.cooperative_id
where a.submitted_at is not null and extract(year from a.submitted_at) between :from and :to and {condition}
  and (:everyCommune or k.commune_id in (:communes)) and (:sector = '' or k.sector = :sector)
  and (:anyWomen or k.women_led = :women) and (:anyYouth or k.youth_led = :youth)

-- name: Lists.approvals
select c.name_ar, c.name_latin, a.reference, a.status, a.decision_amount as amount,
  cast(a.decided_at as date) as happened_on, '/applications/' || a.application_id as link
from funding_applications_for_insights a
join insights_cooperative k on k.cooperative_id = a.cooperative_id
join registry_for_insights c on c.cooperative_id = a.cooperative_id
where a.status = 'APPROVED' and a.decided_at is not null
  and extract(year from a.decided_at) between :from and :to and {condition}
  and (:everyCommune or k.commune_id in (:communes)) and (:sector = '' or k.sector = :sector)
  and (:anyWomen or k.women_led = :women) and (:anyYouth or k.youth_led = :youth)

-- name: Lists.payments
select c.name_ar, c.name_latin, a.reference, a.status, t.amount, t.released_on as happened_on,
  '/applications/' || a.application_id || '/follow-up' as link
from funding_applications_for_insights a
join insights_cooperative k on k.cooperative_id = a.cooperative_id
join registry_for_insights c on c.cooperative_id = a.cooperative_id
join funding_tranches_for_insights t on t.application_id = a.application_id
where t.released_on is not null and extract(year from t.released_on) between :from and :to and {condition}
  and (:everyCommune or k.commune_id in (:communes)) and (:sector = '' or k.sector = :sector)
  and (:anyWomen or k.women_led = :women) and (:anyYouth or k.youth_led = :youth)

-- name: Lists.visits
select c.name_ar, c.name_latin, a.reference, v.project_status as status, v.jobs_women + v.jobs_men as amount,
  v.visited_on as happened_on, '/applications/' || a.application_id || '/follow-up' as link
from funding_applications_for_insights a
join insights_cooperative k on k.cooperative_id = a.cooperative_id
join registry_for_insights c on c.cooperative_id = a.cooperative_id
join funding_visits_for_insights v on v.application_id = a.application_id
where extract(year from v.visited_on) between :from and :to and {condition}
  and (:everyCommune or k.commune_id in (:communes)) and (:sector = '' or k.sector = :sector)
  and (:anyWomen or k.women_led = :women) and (:anyYouth or k.youth_led = :youth)

-- name: Lists.participants
select c.name_ar, c.name_latin, p.full_name as reference,
  case when p.attended = true then 'PRESENT' when p.attended = false then 'ABSENT' else 'UNMARKED' end as status,
  null as amount, p.held_on as happened_on, '/admin/training/sessions/' || p.session_id as link
from training_participation_for_insights p
join insights_cooperative k on k.cooperative_id = p.cooperative_id
join registry_for_insights c on c.cooperative_id = p.cooperative_id
where p.status = 'SEATED' and extract(year from p.held_on) between :from and :to and {condition}
  and (:everyCommune or k.commune_id in (:communes)) and (:sector = '' or k.sector = :sector)
  and (:anyWomen or k.women_led = :women) and (:anyYouth or k.youth_led = :youth)

-- name: Lists.reached
select c.name_ar, c.name_latin, c.registration_number as reference, c.status, null as amount, null as happened_on,
  '/cooperatives/' || c.cooperative_id || '/training' as link
from insights_cooperative k join registry_for_insights c on c.cooperative_id = k.cooperative_id
where k.first_reached_year between :from and :to and {condition}
  and (:everyCommune or k.commune_id in (:communes)) and (:sector = '' or k.sector = :sector)
  and (:anyWomen or k.women_led = :women) and (:anyYouth or k.youth_led = :youth)

-- name: Lists.certified
select c.name_ar, c.name_latin, c.registration_number as reference, c.status, null as amount, null as happened_on,
  '/cooperatives/' || c.cooperative_id || '/training' as link
from insights_cooperative k join registry_for_insights c on c.cooperative_id = k.cooperative_id
where k.first_certified_year between :from and :to and {condition}
  and (:everyCommune or k.commune_id in (:communes)) and (:sector = '' or k.sector = :sector)
  and (:anyWomen or k.women_led = :women) and (:anyYouth or k.youth_led = :youth)

-- name: Lists.orders
select c.name_ar, c.name_latin, o.reference, o.status, o.total as amount, cast(o.placed_at as date) as happened_on,
  null as link
from market_orders_for_insights o
join insights_cooperative k on k.cooperative_id = o.cooperative_id
join registry_for_insights c on c.cooperative_id = o.cooperative_id
where o.status <> 'CANCELLED' and extract(year from o.placed_at) between :from and :to and {condition}
  and (:everyCommune or k.commune_id in (:communes)) and (:sector = '' or k.sector = :sector)
  and (:anyWomen or k.women_led = :women) and (:anyYouth or k.youth_led = :youth)

-- Survival: cooperatives funded long enough ago, still active or not
-- name: Lists.survival
select c.name_ar, c.name_latin, c.registration_number as reference, c.status, null as amount, null as happened_on,
  '/cooperatives/' || c.cooperative_id as link
from insights_cooperative k join registry_for_insights c on c.cooperative_id = k.cooperative_id
where k.funded_year <= :fundedBy and {condition}
  and (:everyCommune or k.commune_id in (:communes)) and (:sector = '' or k.sector = :sector)
  and (:anyWomen or k.women_led = :women) and (:anyYouth or k.youth_led = :youth)

-- The conditions that narrow a source to one indicator

-- name: Lists.everything
1 = 1

-- name: Lists.decided
a.status in ('APPROVED', 'WAITING_LIST', 'REJECTED')

-- name: Lists.pending
a.status in ('SUBMITTED', 'RETURNED', 'COMPLETE')

-- name: Lists.approved
a.status = 'APPROVED'

-- name: Lists.waiting
a.status = 'WAITING_LIST'

-- name: Lists.rejected
a.status = 'REJECTED'

-- name: Lists.women
p.sex = 'F'

-- name: Lists.men
p.sex = 'M'

-- name: Lists.youth
p.age_band in ('UNDER_25', 'FROM_25_TO_34')

-- name: Lists.under25
p.age_band = 'UNDER_25'

-- name: Lists.from25to34
p.age_band = 'FROM_25_TO_34'

-- name: Lists.from35to49
p.age_band = 'FROM_35_TO_49'

-- name: Lists.from50
p.age_band = 'FROM_50'

-- name: Lists.marked
p.attended is not null

-- name: Lists.tested
exists (select 1 from training_learning_for_insights t where t.participant_id = p.participant_id)

-- What a change touched: the cooperatives behind an audited entity, read from the views the modules declare.

-- name: Analytics.changed.application
select cooperative_id from funding_applications_for_insights where application_id = :id

-- name: Analytics.changed.participant
select cooperative_id from training_participation_for_insights where participant_id = :id

-- name: Analytics.changed.session
select cooperative_id from training_invitations_for_insights where session_id = :id

-- name: Analytics.changed.order
select cooperative_id from market_orders_for_insights where order_id = :id

-- name: Analytics.changed.member
select cooperative_id from administration_members_for_insights where member_id = :id

-- name: Analytics.changed.assembly
select cooperative_id from administration_assemblies_for_insights where assembly_id = :id
