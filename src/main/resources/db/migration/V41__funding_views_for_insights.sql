-- What funding gives the dashboards (insights reads these views, never the funding tables themselves).
create view funding_applications_for_insights as
select id as application_id, cooperative_id, reference, status, submitted_at, decided_at, public_requested, decision_amount,
       own_cash, own_in_kind
from funding_application;

create view funding_tranches_for_insights as
select t.application_id, a.cooperative_id, t.released_on, t.amount
from funding_tranche t join funding_application a on a.id = t.application_id;

create view funding_visits_for_insights as
select v.application_id, a.cooperative_id, v.visited_on, v.project_status, v.jobs_women, v.jobs_men
from funding_visit v join funding_application a on a.id = v.application_id;
