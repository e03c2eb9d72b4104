-- What training gives the dashboards (insights reads these views, never the training tables themselves).
-- One row per person named for a session, with the session's day and the cooperative that named them.
create view training_participation_for_insights as
select p.id as participant_id, p.session_id, i.cooperative_id, s.held_on, p.status, p.full_name, p.sex,
       p.age_band, p.phone, p.attended
from training_participant p
join training_invitation i on i.id = p.invitation_id
join training_session s on s.id = p.session_id;

-- One row per person who took both tests of a session, with both scores in percent.
create view training_learning_for_insights as
select p.id as participant_id, i.cooperative_id, s.held_on, 100.0 * pre.score / pre.out_of as pre_percent,
       100.0 * post.score / post.out_of as post_percent
from training_participant p
join training_invitation i on i.id = p.invitation_id
join training_session s on s.id = p.session_id
join training_test pre on pre.participant_id = p.id and pre.phase = 'PRE' and pre.out_of > 0
join training_test post on post.participant_id = p.id and post.phase = 'POST' and post.out_of > 0;

create view training_certificates_for_insights as
select cooperative_id, issued_at from training_certificate;
