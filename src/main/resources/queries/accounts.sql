-- What the accounts module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- ApiTokens

-- name: ApiTokens.create
insert into accounts_api_token (user_id, name, token_hash, created_at)
values (:user, :name, :hash, :now)

-- name: ApiTokens.active
select id, name, created_at, last_used_at from accounts_api_token
where user_id = :user and revoked_at is null order by created_at desc

-- name: ApiTokens.revoke
update accounts_api_token set revoked_at = :now
where id = :id and user_id = :user and revoked_at is null

-- name: ApiTokens.userOfToken
select user_id from accounts_api_token where token_hash = :hash and revoked_at is null

-- name: ApiTokens.markUsed
update accounts_api_token set last_used_at = :now where token_hash = :hash

-- SignInThrottle

-- name: SignInThrottle.reserve
insert into accounts_sign_in (username, failures, pending, attempted_at) values (:u, 0, 0, :now)

-- name: SignInThrottle.reserveExisting
update accounts_sign_in set
  failures = case when locked_until <= :now then 0 else failures end,
  pending = case when locked_until <= :now or attempted_at < :stale then 1 else pending + 1 end,
  locked_until = case when locked_until <= :now then null else locked_until end,
  attempted_at = :now
where username = :u
  and (locked_until <= :now
       or (locked_until is null
           and failures + case when attempted_at < :stale then 0 else pending end < :lockAfter))

-- name: SignInThrottle.countFailure
update accounts_sign_in set pending = greatest(pending - 1, 0), failures = failures + 1,
  locked_until = case when locked_until is null and failures + 1 >= :lockAfter then :until
                      else locked_until end
where username = :u

-- name: SignInThrottle.failures
select failures from accounts_sign_in where username = :u

-- name: SignInThrottle.succeeded
update accounts_sign_in set pending = greatest(pending - 1, 0),
  failures = case when locked_until is null then 0 else failures end
where username = :u

-- name: SignInThrottle.released
update accounts_sign_in set pending = greatest(pending - 1, 0) where username = :u

-- name: SignInThrottle.locked
select username from accounts_sign_in where username in (:u) and locked_until > :now

-- name: SignInThrottle.unlock
delete from accounts_sign_in where username = :u

-- name: SignInThrottle.forgetOld
delete from accounts_sign_in where attempted_at < :old and (locked_until is null or locked_until <= :now)

-- SignedInSessions

-- name: SignedInSessions.endAll
delete from spring_session where principal_name = :u

-- name: SignedInSessions.endAllBut
delete from spring_session where principal_name = :u and session_id <> :kept

-- AuditTrail

-- name: AuditTrail.record
insert into accounts_audit_event (occurred_at, actor, action, entity_type, entity_id, summary)
values (:at, :actor, :action, :type, :entity, :summary)

-- name: AuditTrail.count
select count(*) from accounts_audit_event
where (:actor = '' or actor = :actor) and (:type = '' or entity_type = :type)

-- name: AuditTrail.browse
select id, occurred_at, actor, action, entity_type, entity_id, summary from accounts_audit_event
where (:actor = '' or actor = :actor) and (:type = '' or entity_type = :type)
order by occurred_at desc, id desc limit :size offset :offset

-- PasswordRecovery: codes by SMS for a forgotten password, and the limits on asking for them

-- name: PasswordRecovery.byPhone
select count(*) from accounts_recovery_request where phone = :phone and requested_at > :since

-- name: PasswordRecovery.byClient
select count(*) from accounts_recovery_request where client = :client and requested_at > :since

-- name: PasswordRecovery.request
insert into accounts_recovery_request (phone, client, requested_at) values (:phone, :client, :now)

-- name: PasswordRecovery.code
insert into accounts_recovery_code (user_id, phone, code_hash, expires_at, tries, created_at)
values (:user, :phone, :hash, :expires, 0, :now)

-- name: PasswordRecovery.lastCode
select id, user_id, code_hash, expires_at, tries, used_at from accounts_recovery_code
where phone = :phone order by id desc limit 1

-- name: PasswordRecovery.tried
update accounts_recovery_code set tries = tries + 1 where id = :id

-- name: PasswordRecovery.used
update accounts_recovery_code set used_at = :now where id = :id


-- SignUps: a president's own account, proved by a code sent to her phone

-- name: SignUps.byPhone
select count(*) from accounts_signup where phone = :phone and created_at > :since

-- name: SignUps.byClient
select count(*) from accounts_signup where client = :client and created_at > :since

-- name: SignUps.start
insert into accounts_signup (token, full_name, phone, registration_number, cooperative_id, new_cooperative,
    password_hash, code_hash, code_expires_at, tries, status, client, created_at)
values (:token, :name, :phone, :number, :c, :newCoop, :password, :code, :expires, 0, 'CODE_SENT', :client, :now)

-- name: SignUps.byToken
select id, full_name, phone, registration_number, cooperative_id, new_cooperative, password_hash, code_hash,
    code_expires_at, tries, status
from accounts_signup where token = :token

-- name: SignUps.tried
update accounts_signup set tries = tries + 1 where id = :id

-- name: SignUps.settle
update accounts_signup set status = :status, decided_at = :now, decided_by = :by, reason = :reason,
    user_id = :user, cooperative_id = coalesce(:c, cooperative_id)
where id = :id and status = :from

-- name: SignUps.countWaiting
select count(*) from accounts_signup where status = 'WAITING'

-- name: SignUps.waiting
select id, full_name, phone, registration_number, new_cooperative, cooperative_id, created_at
from accounts_signup where status = 'WAITING' order by created_at, id limit :size offset :off

-- name: SignUps.waitingOne
select id, full_name, phone, registration_number, cooperative_id, new_cooperative, password_hash, code_hash,
    code_expires_at, tries, status
from accounts_signup where id = :id and status = 'WAITING'

-- name: SignUpsTodo.waiting
select count(*) as waiting, min(created_at) as since from accounts_signup where status = 'WAITING'


-- PasswordRecovery by e-mail: a link instead of a code

-- name: PasswordRecovery.byEmail
select count(*) from accounts_recovery_request where email = :email and requested_at > :since

-- name: PasswordRecovery.requestByEmail
insert into accounts_recovery_request (email, client, requested_at) values (:email, :client, :now)

-- name: PasswordRecovery.accountsWithEmail
select id from accounts_user where lower(email) = :email and enabled

-- name: PasswordRecovery.link
insert into accounts_recovery_link (user_id, token_hash, expires_at, created_at) values (:user, :hash, :expires, :now)

-- name: PasswordRecovery.linkByHash
select id, user_id, expires_at, used_at from accounts_recovery_link where token_hash = :hash

-- name: PasswordRecovery.linkUsed
update accounts_recovery_link set used_at = :now where id = :id and used_at is null
