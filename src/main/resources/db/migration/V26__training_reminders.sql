-- The day before a session each invited cooperative gets one reminder e-mail; this records that it went out.
alter table training_invitation add column reminded_at timestamp with time zone;
