-- Each notification is sent once, even when its event is delivered again (resubmitted after a crash or a failure):
-- the key names what it is about (an order, a file's decision, an invitation); its row is written in the listener's
-- transaction before the message leaves, so a failed send leaves no row and is tried again.
create table notifications_sent (
    notification varchar(200) not null primary key,
    sent_at      timestamp with time zone not null
);
