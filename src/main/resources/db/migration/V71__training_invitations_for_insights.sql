-- The dashboards refresh only the cooperatives a change touched: a session's audited change (an enrolment, a
-- withdrawal) names the session, and its invited cooperatives are the ones it may have changed — a withdrawn
-- participant's cooperative included, which the participation view no longer shows.
create view training_invitations_for_insights as
select session_id, cooperative_id from training_invitation;
