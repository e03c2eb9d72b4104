-- The registry list's orders, each read from an index so that a page of 20 costs the same among 6,000 cooperatives
-- or 60,000 (without them every page sorted the whole registry: 40 ms at national scale). The id settles ties.
create index registry_cooperative_by_name_ar on registry_cooperative (name_ar, id);
create index registry_cooperative_by_name_latin on registry_cooperative (name_latin, id);
create index registry_cooperative_newest on registry_cooperative (created_on desc, id);
drop index registry_cooperative_name_latin;
