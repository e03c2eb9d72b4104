-- What the training module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- TrainingRecord

-- name: TrainingRecord.attendedSessions
select g.title, m.title_ar, m.title_fr, s.held_on, count(*) from training_participant p
join training_invitation i on i.id = p.invitation_id join training_session s on s.id = p.session_id
join training_module m on m.id = s.module_id join training_programme g on g.id = s.programme_id
where i.cooperative_id = :c and p.attended = true
group by s.id, g.title, m.title_ar, m.title_fr, s.held_on order by s.held_on desc limit 50

-- name: TrainingRecord.programmesAttended
select distinct s.programme_id from training_participant p
join training_invitation i on i.id = p.invitation_id join training_session s on s.id = p.session_id
where i.cooperative_id = :c and p.attended = true

-- name: TrainingRecord.programmes
select id, title from training_programme order by starts_on desc, id desc limit 200

-- name: TrainingRecord.programmeTitle
select title from training_programme where id = :id

-- Attendance

-- name: Attendance.countMySessions
select count(*) from training_session where trainer_id = :t

-- name: Attendance.mySessions
select id from training_session where trainer_id = :t order by held_on desc, starts_at desc
limit :size offset :off

-- name: Attendance.sheet
select id, full_name, sex, attended from training_participant
where session_id = :s and status = 'SEATED' order by full_name, id

-- Certificates

-- name: Certificates.verify
select participant_id from training_certificate where code = :code

-- name: Certificates.issuedTo
select programme_id, phone, code from training_certificate where cooperative_id = :c

-- name: Certificates.attendance
select s.programme_id, g.title, g.sessions_required, p.phone, max(p.full_name), min(p.id),
    count(distinct p.session_id)
from training_participant p join training_invitation i on i.id = p.invitation_id
join training_session s on s.id = p.session_id join training_programme g on g.id = s.programme_id
where i.cooperative_id = :c and p.attended = true
group by s.programme_id, g.title, g.sessions_required, p.phone
order by s.programme_id desc, max(p.full_name) limit 100

-- name: Certificates.earnedIn
select p.id from training_participant p join training_invitation i on i.id = p.invitation_id
join training_session s on s.id = p.session_id join training_programme g on g.id = s.programme_id
where p.invitation_id = :inv and g.sessions_required <= (
    select count(distinct o.session_id) from training_participant o
    join training_invitation oi on oi.id = o.invitation_id
    join training_session os on os.id = o.session_id
    where os.programme_id = s.programme_id and oi.cooperative_id = i.cooperative_id
        and o.phone = p.phone and o.attended = true)

-- name: Certificates.attendee
select i.cooperative_id, s.programme_id, p.phone, g.sessions_required, p.sex
from training_participant p join training_invitation i on i.id = p.invitation_id
join training_session s on s.id = p.session_id join training_programme g on g.id = s.programme_id
where p.id = :id

-- name: Certificates.lockProgramme
select id from training_programme where id = :g for update

-- name: Certificates.alreadyIssued
select participant_id, code from training_certificate
where programme_id = :g and cooperative_id = :c and phone = :phone

-- name: Certificates.issue
insert into training_certificate (participant_id, programme_id, cooperative_id, phone, code, issued_at)
values (:p, :g, :c, :phone, :code, :now)

-- name: Certificates.attendedSessions
select s.module_id from training_participant p join training_invitation i on i.id = p.invitation_id
join training_session s on s.id = p.session_id
where s.programme_id = :g and i.cooperative_id = :c and p.phone = :phone and p.attended = true
order by s.held_on, s.starts_at

-- name: Certificates.load
select p.full_name, i.cooperative_id, g.id, g.title, g.starts_on, g.ends_on, g.venue, p.phone,
    g.sessions_required, p.sex
from training_participant p join training_invitation i on i.id = p.invitation_id
join training_session s on s.id = p.session_id join training_programme g on g.id = s.programme_id
where p.id = :id

-- Diagnostics

-- name: Diagnostics.take
insert into training_diagnostic (cooperative_id, taken_at, taken_by, answers, governance, finance,
    administration, project, marketing, digital)
values (:coop, :now, :by, :answers, :governance, :finance, :administration, :project, :marketing,
    :digital)

-- name: Diagnostics.history
select id, taken_at, governance, finance, administration, project, marketing, digital
from training_diagnostic where cooperative_id = :coop order by taken_at desc, id desc limit 10

-- Enrolments

-- name: Enrolments.invited
select cooperative_id from training_invitation where session_id = :s

-- name: Enrolments.invite
insert into training_invitation (session_id, cooperative_id, invited_at, invited_by)
values (:s, :c, :now, :by)

-- name: Enrolments.countMine
select count(*) from training_invitation where cooperative_id = :c

-- name: Enrolments.mine
select i.id from training_invitation i join training_session s on s.id = i.session_id
where i.cooperative_id = :c order by s.held_on desc, s.starts_at desc limit :size offset :off

-- name: Enrolments.rate
update training_invitation set satisfaction = :r, rated_at = :now where id = :id

-- name: Enrolments.participants
select p.id, p.invitation_id, p.full_name, p.sex, p.age_band, p.phone, p.status, p.attended,
    i.cooperative_id
from training_participant p join training_invitation i on i.id = p.invitation_id
where p.session_id = :s and p.status <> 'WITHDRAWN'
order by case p.status when 'SEATED' then 0 else 1 end, p.id

-- name: Enrolments.invitedCount
select count(*) from training_invitation where session_id = :s

-- name: Enrolments.session
select id, programme_id, module_id, held_on, starts_at, ends_at, place, capacity
from training_session where id = :id

-- name: Enrolments.participantsOf
select id, invitation_id, full_name, sex, age_band, phone, status, attended from training_participant
where invitation_id in (:ids) order by id

-- name: Enrolments.invitations
select i.id, i.cooperative_id, i.satisfaction, s.id, s.programme_id, s.module_id, s.held_on,
    s.starts_at, s.ends_at, s.place, s.capacity
from training_invitation i join training_session s on s.id = i.session_id where i.id in (:ids)

-- LearningGain

-- name: LearningGain.questions
select id, text_ar, text_fr, text_en, choices_ar, choices_fr, choices_en, correct
from training_question where module_id = :m order by id

-- name: LearningGain.addQuestion
insert into training_question (module_id, text_ar, text_fr, text_en, choices_ar, choices_fr,
    choices_en, correct)
values (:m, :textAr, :textFr, :textEn, :choicesAr, :choicesFr, :choicesEn, :correct)

-- name: LearningGain.moduleOfQuestion
select module_id from training_question where id = :id

-- name: LearningGain.removeQuestion
delete from training_question where id = :id

-- name: LearningGain.participantsOfSession
select id, full_name from training_participant
where session_id = :s and phone = :phone and status = 'SEATED'

-- name: LearningGain.recordTest
insert into training_test (participant_id, phase, score, out_of, taken_at)
values (:p, :phase, :score, :outOf, :now)

-- name: LearningGain.gain
select s.id, s.module_id, s.held_on, i.cooperative_id, p.sex,
    pre.score, pre.out_of, post.score, post.out_of
from training_participant p join training_session s on s.id = p.session_id
join training_invitation i on i.id = p.invitation_id
join training_test pre on pre.participant_id = p.id and pre.phase = 'PRE'
join training_test post on post.participant_id = p.id and post.phase = 'POST'
where s.programme_id = :g and pre.out_of > 0 and post.out_of > 0
order by s.held_on, s.id

-- ProgrammeReport

-- name: ProgrammeReport.rated
select count(i.satisfaction), coalesce(sum(i.satisfaction), 0) from training_invitation i
join training_session s on s.id = i.session_id where s.programme_id = :g

-- Programmes

-- name: Programmes.create
insert into training_programme (title, starts_on, ends_on, venue, target_cooperatives,
    sessions_required, created_at, created_by, version)
values (:title, :starts, :ends, :venue, :target, :required, :now, :by, 0)

-- name: Programmes.addPartner
insert into training_partner (training_programme, training_programme_key, name, kind)
values (:id, :key, :name, :kind)

-- name: Programmes.count
select count(*) from training_programme

-- name: Programmes.list
select id, title, starts_on, ends_on, venue, target_cooperatives, sessions_required from training_programme
order by starts_on desc, id desc limit :size offset :off

-- name: Programmes.modules
select id, code, title_ar, title_fr, title_en, objectives_ar, objectives_fr, objectives_en, format
from training_module order by id

-- name: Programmes.moduleById
select id, code, title_ar, title_fr, title_en, objectives_ar, objectives_fr, objectives_en, format
from training_module where id = :id

-- name: Programmes.sessions
select id, module_id, trainer_id, held_on, starts_at, ends_at, place, capacity
from training_session where programme_id = :id order by held_on, starts_at

-- name: Programmes.schedule
insert into training_session (programme_id, module_id, trainer_id, held_on, starts_at, ends_at, place,
    place_key, capacity, version)
values (:programme, :module, :trainer, :day, :starts, :ends, :place, :key, :capacity, 0)

-- name: Programmes.module
select id, code, title_ar, title_fr, title_en, objectives_ar, objectives_fr, objectives_en, format,
    version
from training_module where id = :id

-- name: Programmes.codeTaken
select count(*) from training_module where code = :code

-- name: Programmes.addModule
insert into training_module (code, title_ar, title_fr, title_en, objectives_ar, objectives_fr,
    objectives_en, format, version)
values (:code, :titleAr, :titleFr, :titleEn, :objectivesAr, :objectivesFr, :objectivesEn, :format, 0)

-- name: Programmes.editModule
update training_module set title_ar = :titleAr, title_fr = :titleFr, title_en = :titleEn,
    objectives_ar = :objectivesAr, objectives_fr = :objectivesFr, objectives_en = :objectivesEn,
    format = :format, version = version + 1
where id = :id and version = :version

-- name: Programmes.partners
select name, kind from training_partner where training_programme = :id
order by training_programme_key

-- name: Programmes.load
select id, title, starts_on, ends_on, venue, target_cooperatives, sessions_required from training_programme
where id = :id

-- SessionReminders

-- name: SessionReminders.dueNow
select i.id, i.cooperative_id, s.id, s.module_id, s.held_on, s.starts_at, s.place
from training_invitation i join training_session s on s.id = i.session_id
where i.reminded_at is null and s.held_on between :today and :tomorrow
order by s.held_on, s.starts_at, i.id limit 500

-- name: SessionReminders.seated
select invitation_id, full_name from training_participant
where invitation_id in (:ids) and status = 'SEATED' order by id

-- name: SessionReminders.markReminded
update training_invitation set reminded_at = :now where id = :id and reminded_at is null

-- SessionRepository

-- name: SessionRepository.participants
select id, invitation_id, full_name, sex, age_band, phone, enrolled_at, status, attended
from training_participant where session_id = :s order by id

-- name: SessionRepository.lock
select held_on, starts_at, ends_at, capacity from training_session where id = :id for update

-- name: SessionRepository.sessionOf
select session_id from training_participant where id = :id

-- name: SessionRepository.seat
insert into training_participant (invitation_id, session_id, full_name, sex, age_band, phone,
    status, enrolled_at)
values (:i, :s, :name, :sex, :age, :phone, :status, :at)

-- name: SessionRepository.update
update training_participant set status = :status, attended = :attended,
    attendance_marked_at = coalesce(:at, attendance_marked_at),
    attendance_marked_by = coalesce(:by, attendance_marked_by)
where id = :id

-- TrainerReadsTraineesPlans

-- name: TrainerReadsTraineesPlans.readable
select count(*) from training_participant p
join training_invitation i on i.id = p.invitation_id
join training_session s on s.id = i.session_id
where s.trainer_id = :trainer and i.cooperative_id = :coop

-- TrainingAccess

-- name: TrainingAccess.runsSession
select trainer_id from training_session where id = :s

-- name: TrainingAccess.readsInvitation
select cooperative_id from training_invitation where id = :id

-- name: TrainingAccess.readsParticipant
select i.cooperative_id from training_participant p join training_invitation i on i.id = p.invitation_id
where p.id = :id

-- name: Enrolments.weakIn
select d.cooperative_id from training_diagnostic d
where case :dimension when 'GOVERNANCE' then d.governance when 'FINANCE' then d.finance
    when 'ADMINISTRATION' then d.administration when 'PROJECT' then d.project when 'MARKETING' then d.marketing
    when 'DIGITAL' then d.digital end < :weak
  and not exists (select 1 from training_diagnostic n where n.cooperative_id = d.cooperative_id
    and (n.taken_at > d.taken_at or (n.taken_at = d.taken_at and n.id > d.id)))

-- name: Programmes.trainerTaken
select count(*) from training_session
where trainer_id = :trainer and held_on = :day and starts_at < :ends and ends_at > :starts

-- name: Programmes.placeTaken
select count(*) from training_session
where place_key = :place and held_on = :day and starts_at < :ends and ends_at > :starts

-- The report of a programme, over its seated participants

-- name: ProgrammeReport.reached
select distinct i.cooperative_id
from training_participant p join training_session s on s.id = p.session_id
join training_invitation i on i.id = p.invitation_id
where s.programme_id = :g and p.status = 'SEATED' and p.attended = true

-- name: ProgrammeReport.participants
select p.sex, p.age_band, count(distinct concat(i.cooperative_id, '-', p.phone))
from training_participant p join training_session s on s.id = p.session_id
join training_invitation i on i.id = p.invitation_id
where s.programme_id = :g and p.status = 'SEATED'
group by p.sex, p.age_band

-- name: ProgrammeReport.marked
select count(*)
from training_participant p join training_session s on s.id = p.session_id
join training_invitation i on i.id = p.invitation_id
where s.programme_id = :g and p.status = 'SEATED' and p.attended is not null

-- name: ProgrammeReport.present
select count(*)
from training_participant p join training_session s on s.id = p.session_id
join training_invitation i on i.id = p.invitation_id
where s.programme_id = :g and p.status = 'SEATED' and p.attended = true

-- TrainingTodo: the start page's training tasks

-- name: TrainingTodo.toName
select i.id, s.held_on, m.title_ar, m.title_fr, m.title_en
from training_invitation i join training_session s on s.id = i.session_id
join training_module m on m.id = s.module_id
where i.cooperative_id = :c and s.held_on >= :today
and not exists (select 1 from training_participant p where p.invitation_id = i.id and p.status <> 'WITHDRAWN')
order by s.held_on, s.starts_at limit 5

-- name: TrainingTodo.runToday
select s.id, s.starts_at, s.place, m.title_ar, m.title_fr, m.title_en
from training_session s join training_module m on m.id = s.module_id
where s.held_on = :today and s.trainer_id = :trainer order by s.starts_at limit 5

-- name: TrainingTodo.countToday
select count(*) from training_session where held_on = :today
