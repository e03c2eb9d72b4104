-- The staff's start page finds the files waiting to be screened across every call, oldest first.
create index funding_application_waiting on funding_application (status, submitted_at);
-- A cooperative's start page (and its own list) finds its applications without reading every call's.
create index funding_application_cooperative on funding_application (cooperative_id, status);
