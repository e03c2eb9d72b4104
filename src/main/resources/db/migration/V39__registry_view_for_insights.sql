-- What the registry gives the dashboards (insights reads this view, never registry_cooperative itself): a column
-- renamed in the registry changes this view in the same migration, or the view test fails.
create view registry_for_insights as
select id as cooperative_id, name_ar, name_latin, registration_number, commune_id, sector, president_sex, president_birth_year, created_on, status,
       members_women, members_men
from registry_cooperative;
