-- What the funding module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- Applications

-- name: Applications.supersedeDocument
update funding_document set current_file = false where application_id = :id and code = :code

-- name: Applications.addDocument
insert into funding_document (application_id, code, filename, content_type, size_bytes, content_hash,
    uploaded_at, uploaded_by, current_file)
values (:id, :code, :name, :type, :size, :hash, :now, :by, true)

-- name: Applications.document
select filename, content_type, content_hash from funding_document
where id = :doc and application_id = :id

-- name: Applications.mine
select a.id, a.call_id, a.cooperative_id, a.status, a.reference, a.title, a.value_chain, a.jobs_women, a.jobs_youth,
  coalesce((select sum(l.amount) from funding_budget_line l where l.funding_application = a.id), 0) as project_cost,
  a.public_requested, a.own_cash, a.own_in_kind, a.other_partners, a.submitted_at, a.version
from funding_application a where a.cooperative_id = :c order by a.id desc limit 100

-- name: Applications.countReference
update funding_reference_counter set last = last + 1 where prefix = :p

-- name: Applications.lastReference
select last from funding_reference_counter where prefix = :p

-- name: Applications.documents
select application_id, id, code, filename, content_type, size_bytes, uploaded_at from funding_document
where application_id in (:ids) and current_file order by code

-- name: Applications.createCounter
insert into funding_reference_counter (prefix, last)
select :p, 0 where not exists (select 1 from funding_reference_counter where prefix = :p)

-- name: Applications.lockRow
select id from funding_application where id = :id for update

-- Calls

-- name: Calls.hasOpenFundedProject
select count(*) from funding_application a where a.cooperative_id = :coop and a.status = 'APPROVED'
and coalesce((select v.project_status from funding_visit v where v.application_id = a.id
              order by v.visited_on desc, v.id desc limit 1), 'OPEN') <> 'CLOSED'

-- Decisions

-- name: Decisions.candidates
select a.id, a.cooperative_id, a.reference, a.status, a.public_requested, a.decision_amount, a.version,
  coalesce((select sum(l.amount) from funding_budget_line l where l.funding_application = a.id), 0)
    as project_cost
from funding_application a where a.call_id = :call and a.status in (:statuses) order by a.id

-- name: Decisions.submittedScores
select r.application_id, r.id, s.criterion, s.score, s.weight from funding_review r
join funding_review_score s on s.funding_review = r.id
where r.status = 'SUBMITTED' and r.application_id in (:ids)

-- name: Decisions.lockCallBudget
select budget from funding_call where id = :id for update

-- name: Decisions.submittedReviews
select count(*) from funding_review where application_id = :id and submitted_at is not null

-- name: Decisions.committed
select coalesce(sum(decision_amount), 0) from funding_application
where call_id = :call and status = 'APPROVED' and id <> :id

-- Disbursements

-- name: Disbursements.visitPhotos
select p.visit_id, p.id from funding_visit_photo p join funding_visit v on v.id = p.visit_id
where v.application_id = :id order by p.id

-- name: Disbursements.visits
select visited_on, progress, project_status, jobs_women, jobs_men, jobs_youth, revenue, findings, kind,
    id, equipment_in_place from funding_visit where application_id = :id order by visited_on, id

-- name: Disbursements.recordVisit
insert into funding_visit (application_id, visited_on, progress, project_status, jobs_women, jobs_men,
    jobs_youth, revenue, findings, recorded_by, recorded_at, kind, equipment_in_place)
values (:id, :on, :progress, :status, :women, :men, :youth, :revenue, :findings, :by, :now, :kind,
    :equipment)

-- name: Disbursements.addVisitPhoto
insert into funding_visit_photo (visit_id, content_hash, content_type, filename)
values (:visit, :hash, :type, :name)

-- name: Disbursements.photo
select p.filename, p.content_type, p.content_hash from funding_visit_photo p
join funding_visit v on v.id = p.visit_id where p.id = :photo and v.application_id = :id

-- FundingAccess

-- name: FundingAccess.readsApplication
select count(*) from funding_review where application_id = :id and reviewer_id = :user
and status in ('ACCEPTED', 'SUBMITTED')

-- name: FundingAccess.reviewer
select reviewer_id from funding_review where id = :id

-- name: FundingAccess.cooperativeOf
select cooperative_id from funding_application where id = :id

-- ReviewerReadsAssignedPlans

-- name: ReviewerReadsAssignedPlans.readable
select distinct a.bizplan_plan_id from funding_application a
join funding_review r on r.application_id = a.id
where r.reviewer_id = :reviewer and r.status in ('ACCEPTED', 'SUBMITTED')
  and a.cooperative_id = :coop and a.bizplan_plan_id in (:plans)

-- CallApplications

-- name: CallApplications.rows
select a.id, a.cooperative_id, a.reference, a.status, a.title, coalesce(a.public_requested, 0) requested,
  coalesce((select sum(l.amount) from funding_budget_line l where l.funding_application = a.id), 0) cost
from funding_application a
where a.call_id = :call and (:status = '' or a.status = :status)
  and (:everyCooperative or a.cooperative_id in (:coops))
order by a.reference nulls last, a.id

-- name: CallApplications.page
select a.id, a.cooperative_id, a.reference, a.status, a.title, coalesce(a.public_requested, 0) requested,
  coalesce((select sum(l.amount) from funding_budget_line l where l.funding_application = a.id), 0) cost
from funding_application a
where a.call_id = :call and (:status = '' or a.status = :status)
  and (:everyCooperative or a.cooperative_id in (:coops))
order by a.reference nulls last, a.id limit :size offset :off

-- name: CallApplications.totals
with matching as (
  select a.status, coalesce(a.public_requested, 0) requested,
    coalesce((select sum(l.amount) from funding_budget_line l where l.funding_application = a.id), 0) cost
  from funding_application a
  where a.call_id = :call and (:status = '' or a.status = :status)
    and (:everyCooperative or a.cooperative_id in (:coops)))
select status, count(*) n, sum(requested) requested, sum(cost) cost from matching group by status

-- FundingTodo: the start page's applications to finish, screen or score

-- name: FundingTodo.toSubmit
select a.id, a.status, c.title, c.closes_at
from funding_application a join funding_call c on c.id = a.call_id
where a.cooperative_id = :c and (a.status = 'RETURNED' or a.status = 'DRAFT' and c.closes_at > :now)
order by c.closes_at, a.id limit 5

-- name: FundingTodo.proofs
select a.id, c.title, g.created_at,
    (select t.released_on from funding_tranche t where t.application_id = a.id and t.number = 1) as first_paid,
    exists (select 1 from funding_tranche t where t.application_id = a.id and t.released_on is null) as unpaid,
    exists (select 1 from funding_document d where d.application_id = a.id and d.current_file
        and d.code = 'OWN_CONTRIBUTION_PROOF') as own_proved,
    exists (select 1 from funding_document d where d.application_id = a.id and d.current_file
        and d.code = 'EXPENSE_REPORT') as expenses_reported
from funding_application a join funding_call c on c.id = a.call_id
join funding_agreement g on g.application_id = a.id
where a.cooperative_id = :c and a.status = 'APPROVED'
order by g.created_at, a.id limit 5

-- name: FundingTodo.toScreen
select a.call_id, c.title, count(*) as waiting, min(a.submitted_at) as since
from funding_application a join funding_call c on c.id = a.call_id
where a.status = 'SUBMITTED' group by a.call_id, c.title order by min(a.submitted_at) limit 5

-- name: FundingTodo.toScore
select count(*) as waiting, min(created_at) as since from funding_review
where reviewer_id = :u and status in ('ASSIGNED', 'ACCEPTED')

-- ApplicationMessages: the thread between the staff and the applicant

-- name: ApplicationMessages.count
select count(*) from funding_message where application_id = :id

-- name: ApplicationMessages.page
select id, from_staff, author_name, body, attachment_name, attachment_size, posted_at from funding_message
where application_id = :id order by id desc limit :size offset :off

-- name: ApplicationMessages.post
insert into funding_message (application_id, from_staff, author, author_name, body, attachment_name,
    attachment_type, attachment_size, attachment_hash, sent_key, posted_at)
select :id, :staff, :author, :authorName, :body, :name, :type, :size, :hash, :key, :now
where not exists (select 1 from funding_message where application_id = :id and sent_key = :key)

-- name: ApplicationMessages.attachment
select attachment_name, attachment_type, attachment_hash from funding_message
where id = :message and application_id = :id and attachment_hash is not null


-- name: FundingTodo.toAssign
select a.call_id, c.title, count(*) as waiting, min(a.submitted_at) as since
from funding_application a join funding_call c on c.id = a.call_id
where a.status = 'COMPLETE' and not exists (select 1 from funding_review r where r.application_id = a.id)
group by a.call_id, c.title order by min(a.submitted_at) limit 5
