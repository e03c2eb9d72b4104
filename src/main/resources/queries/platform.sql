-- What the platform asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- SmsOutbox: SMS queued once per subject, sent, retried with back-off, settled by the delivery receipts

-- name: SmsOutbox.queue
insert into platform_sms (once, phone, text, status, attempts, next_attempt_at, created_at)
values (:once, :phone, :text, 'QUEUED', 0, :now, :now) on conflict do nothing

-- name: SmsOutbox.count
select count(*) from platform_sms

-- name: SmsOutbox.page
select id, phone, text, status, attempts, last_error, created_at, done_at from platform_sms
order by id desc limit :size offset :off

-- name: SmsOutbox.due
select id, phone, text, attempts from platform_sms
where status = 'QUEUED' and next_attempt_at <= :now order by next_attempt_at, id limit :limit

-- name: SmsOutbox.claim
update platform_sms set status = 'SENDING' where id = :id and status = 'QUEUED'

-- name: SmsOutbox.sent
update platform_sms set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null
where id = :id

-- name: SmsOutbox.part
insert into platform_sms_part (message_id, sms_id, status) values (:message, :id, 'SENT')

-- name: SmsOutbox.giveUp
update platform_sms set status = 'FAILED', attempts = :attempts, last_error = :error, done_at = :now
where id = :id

-- name: SmsOutbox.retry
update platform_sms set status = 'QUEUED', attempts = :attempts, last_error = :error, next_attempt_at = :next
where id = :id

-- A gateway may number again after a restart: the receipt is for the latest message that part belongs to
-- name: SmsOutbox.partOf
select max(sms_id) from platform_sms_part where message_id = :message

-- name: SmsOutbox.partDone
update platform_sms_part set status = :status where sms_id = :id and message_id = :message

-- A message is failed as soon as one part failed, delivered when every part was
-- name: SmsOutbox.settle
update platform_sms set done_at = :now,
  status = case when exists (select 1 from platform_sms_part p where p.sms_id = :id and p.status = 'FAILED')
    then 'FAILED' else 'DELIVERED' end
where id = :id and status = 'SENT'
  and (exists (select 1 from platform_sms_part p where p.sms_id = :id and p.status = 'FAILED')
    or not exists (select 1 from platform_sms_part p where p.sms_id = :id and p.status = 'SENT'))


-- Secrets: keys made once and shared by every node

-- name: Secrets.make
insert into platform_secret (name, secret, created_at)
select :name, :value, :now where not exists (select 1 from platform_secret where name = :name)

-- name: Secrets.read
select secret from platform_secret where name = :name
