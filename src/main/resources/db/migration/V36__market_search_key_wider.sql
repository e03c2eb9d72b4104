-- Search keys now hold the light stems of their Arabic words after the folded names (see SearchText.key).
alter table market_product alter column search_key set data type varchar(2000);
