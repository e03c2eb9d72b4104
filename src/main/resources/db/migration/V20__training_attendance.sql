-- Attendance: whether a seated participant came (null until marked), and who marked it last and when.
alter table training_participant add column attended boolean;
alter table training_participant add column attendance_marked_at timestamp with time zone;
alter table training_participant add column attendance_marked_by varchar(60);
create index training_session_trainer on training_session (trainer_id, held_on);
