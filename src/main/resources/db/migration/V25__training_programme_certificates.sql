-- A certificate is earned per programme: a person (a cooperative's participant, known by telephone) who attended at
-- least the programme's required number of sessions gets one certificate for the programme.
alter table training_programme add column sessions_required integer default 1 not null;

alter table training_certificate add column programme_id bigint references training_programme (id);
alter table training_certificate add column cooperative_id bigint;
alter table training_certificate add column phone varchar(20);
update training_certificate set
    programme_id = (select s.programme_id from training_participant p join training_session s on s.id = p.session_id
                    where p.id = training_certificate.participant_id),
    cooperative_id = (select i.cooperative_id from training_participant p
                      join training_invitation i on i.id = p.invitation_id where p.id = training_certificate.participant_id),
    phone = (select p.phone from training_participant p where p.id = training_certificate.participant_id);
delete from training_certificate where id not in (
    select min(id) from training_certificate group by programme_id, cooperative_id, phone);
alter table training_certificate alter column programme_id set not null;
alter table training_certificate alter column cooperative_id set not null;
alter table training_certificate alter column phone set not null;
create unique index training_certificate_person on training_certificate (programme_id, cooperative_id, phone);
create index training_certificate_cooperative on training_certificate (cooperative_id);
