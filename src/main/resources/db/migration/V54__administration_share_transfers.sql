-- A transfer of shares between members (law 112-12): authorised by the board, then ratified by the next assembly.
alter table administration_member add column transfer_to_ratify boolean default false not null;
