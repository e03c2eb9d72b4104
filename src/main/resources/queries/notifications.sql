-- What the notifications module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- SentOnce: a notification is sent once whatever the deliveries of its event

-- name: SentOnce.first
insert into notifications_sent (notification, sent_at)
select :once, :now where not exists (select 1 from notifications_sent where notification = :once)


-- Channels: how a cooperative wants to be told

-- name: Channels.of
select channel, language from notifications_channel where cooperative_id = :c

-- name: Channels.update
update notifications_channel set channel = :channel, language = :lang, updated_at = :now, updated_by = :by
where cooperative_id = :c

-- name: Channels.insert
insert into notifications_channel (cooperative_id, channel, language, updated_at, updated_by)
values (:c, :channel, :lang, :now, :by)


-- Channels: how a user of a cooperative wants to be told herself

-- name: Channels.personal
select account_id, channel, language from notifications_personal where account_id in (:ids)

-- name: Channels.updatePersonal
update notifications_personal set channel = :channel, language = :lang, updated_at = :now where account_id = :a

-- name: Channels.insertPersonal
insert into notifications_personal (account_id, channel, language, updated_at) values (:a, :channel, :lang, :now)


-- Inbox: what concerns a cooperative or the staff, read on the site

-- name: Inbox.post
insert into notifications_inbox (cooperative_id, role, subject_ar, subject_fr, subject_en, link, created_at)
values (:c, :role, :ar, :fr, :en, :link, :now)

-- name: Inbox.unread
select count(*) from (select 1 from notifications_inbox i
    where (i.cooperative_id = :c or i.role = :role)
    and not exists (select 1 from notifications_inbox_read r where r.entry_id = i.id and r.user_id = :u)
    limit :cap) unread

-- name: Inbox.count
select count(*) from notifications_inbox where cooperative_id = :c or role = :role

-- name: Inbox.page
select i.id, i.subject_ar, i.subject_fr, i.subject_en, i.created_at,
    exists (select 1 from notifications_inbox_read r where r.entry_id = i.id and r.user_id = :u) as seen
from notifications_inbox i where i.cooperative_id = :c or i.role = :role
order by i.id desc limit :size offset :off

-- name: Inbox.entry
select link from notifications_inbox where id = :id and (cooperative_id = :c or role = :role)

-- name: Inbox.markRead
insert into notifications_inbox_read (entry_id, user_id, read_at)
select :id, :u, :now where not exists (select 1 from notifications_inbox_read where entry_id = :id and user_id = :u)

-- name: Inbox.markAllRead
insert into notifications_inbox_read (entry_id, user_id, read_at)
select i.id, :u, :now from notifications_inbox i where (i.cooperative_id = :c or i.role = :role)
and not exists (select 1 from notifications_inbox_read r where r.entry_id = i.id and r.user_id = :u)
