-- H2 has no trigram index; the embedded database is for first runs and small programmes. Kept so that both
-- databases share one migration history.
select 1;
