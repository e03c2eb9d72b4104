-- H2 has no trigram index; kept so that both databases share one migration history.
select 1;
