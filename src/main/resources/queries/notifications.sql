-- What the notifications module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- CooperativeMail

-- name: CooperativeMail.send
insert into notifications_sent (notification, sent_at)
select :once, :now where not exists (select 1 from notifications_sent where notification = :once)

