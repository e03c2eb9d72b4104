-- What the notifications module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- CooperativeMail

-- name: CooperativeMail.send
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
