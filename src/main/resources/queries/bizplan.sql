-- What the bizplan module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- BusinessPlans

-- name: BusinessPlans.create
insert into bizplan_plan (cooperative_id, title, latest_version, created_at, created_by)
values (:coop, :title, 1, :now, :by)

-- name: BusinessPlans.saveVersion
update bizplan_plan set latest_version = :next where id = :id and latest_version = :base

-- name: BusinessPlans.ofCooperative
select id, cooperative_id, title, latest_version, created_at from bizplan_plan
where cooperative_id = :coop order by created_at desc, id desc limit 200

-- name: BusinessPlans.version
select input, created_at, created_by from bizplan_version where plan_id = :id and number = :n

-- name: BusinessPlans.thresholds
select min_dscr, min_cash, require_positive_npv, max_payback_years from bizplan_thresholds where id = 1

-- name: BusinessPlans.changeThresholds
update bizplan_thresholds set min_dscr = :dscr, min_cash = :cash, require_positive_npv = :npv,
max_payback_years = :payback, updated_at = :now, updated_by = :by where id = 1

-- name: BusinessPlans.insertVersion
insert into bizplan_version (plan_id, number, input, created_at, created_by)
values (:plan, :n, :input, :now, :by)

-- name: BusinessPlans.summary
select id, cooperative_id, title, latest_version, created_at from bizplan_plan where id = :id

-- PlanAccess

-- name: PlanAccess.cooperativeOf
select cooperative_id from bizplan_plan where id = :id
