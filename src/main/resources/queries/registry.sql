-- What the registry module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- CooperativeRegistry

-- name: CooperativeRegistry.countMembersFromRegister
update registry_cooperative set members_women = :w, members_men = :m, women_under35 = :wy,
    men_under35 = :my, members_from_register = true, version = version + 1 where id = :id

-- name: CooperativeRegistry.contactEmail
select email from registry_cooperative where id = :id

-- name: CooperativeRegistry.contactPhone
select phone from registry_cooperative where id = :id

-- name: CooperativeRegistry.contactPhones
select id, phone from registry_cooperative where id in (:ids) and phone is not null and phone <> ''

-- name: CooperativeRegistry.findByRegistrationNumber
select id, name_ar, name_latin, registration_number from registry_cooperative where registration_number = :n

-- name: CooperativeRegistry.refs
select id, name_ar, name_latin, registration_number from registry_cooperative where id in (:ids)

-- name: CooperativeRegistry.checkUnique
select id from registry_cooperative where ice = :ice

-- CooperativeImport

-- name: CooperativeImport.upload
insert into registry_import (id, username, filename, content, created_at)
values (:id, :user, :name, :content, :now)

-- name: CooperativeImport.markConfirmed
update registry_import set confirmed_at = :now where id = :id and confirmed_at is null

-- name: CooperativeImport.recordOutcome
update registry_import set saved_count = :saved, rejected = :rejected, content = :empty where id = :id

-- name: CooperativeImport.load
select filename, content, username, confirmed_at, saved_count, rejected
from registry_import where id = :id

-- CooperativeRegistry

-- name: CooperativeRegistry.views
select id, name_ar, name_latin, legal_form, registration_number, created_on, ice, commune_id, sector, activity,
phone, email, president_name, president_sex, president_birth_year, members_women, members_men,
women_under35, men_under35, status, updated_at, updated_by, version, members_from_register
from registry_cooperative c
where id in (:ids)

-- name: CooperativeRegistry.find
select id, name_ar, name_latin, legal_form, registration_number, created_on, ice, commune_id, sector, activity,
phone, email, president_name, president_sex, president_birth_year, members_women, members_men,
women_under35, men_under35, status, updated_at, updated_by, version, members_from_register
from registry_cooperative c
where id = :id

-- A search of the registry: {matching} is CooperativeRegistry.matching, whose {words} are the conditions on the
-- words typed (SearchText, CloseSpellings); a filter left empty lets everything through; {order} is one of the
-- orders below.

-- name: CooperativeRegistry.matching
(:everyCooperative or c.id = :own) and {words}
  and (:everyCommune or c.commune_id in (:communes))
  and (:sector = '' or c.sector = :sector) and (:status = '' or c.status = :status)
  and (not :womenLed or c.president_sex = 'F') and (not :youthLed or c.president_birth_year > :oldYouth)
  and (not :newlyCreated or c.created_on >= :newSince)

-- name: CooperativeRegistry.count
select count(*) from registry_cooperative c where {matching}

-- name: CooperativeRegistry.total
select cooperatives from registry_total where id = 1 and kept = true

-- name: CooperativeRegistry.countUpTo
select count(*) from (select 1 from registry_cooperative c where {matching} limit :cap) matched

-- name: CooperativeRegistry.search
select id, name_ar, name_latin, legal_form, registration_number, created_on, ice, commune_id, sector, activity,
  phone, email, president_name, president_sex, president_birth_year, members_women, members_men,
  women_under35, men_under35, status, updated_at, updated_by, version, members_from_register
from registry_cooperative c
where {matching}
{order} limit :size offset :offset

-- name: CooperativeRegistry.stream
select id, name_ar, name_latin, legal_form, registration_number, created_on, ice, commune_id, sector, activity,
  phone, email, president_name, president_sex, president_birth_year, members_women, members_men,
  women_under35, men_under35, status, updated_at, updated_by, version, members_from_register
from registry_cooperative c
where {matching}
{order}

-- name: CooperativeRegistry.matchingIds
select c.id from registry_cooperative c where {matching}

-- name: CooperativeRegistry.newestFirst
order by c.created_on desc, c.id

-- name: CooperativeRegistry.oldestFirst
order by c.created_on, c.id

-- name: CooperativeRegistry.mostMembersFirst
order by (c.members_women + c.members_men) desc, c.id

-- name: CooperativeRegistry.byArabicName
order by c.name_ar, c.id

-- name: CooperativeRegistry.byLatinName
order by c.name_latin, c.id

-- name: CooperativeImport.takenNumbers
select registration_number from registry_cooperative where registration_number in (:v)

-- name: CooperativeImport.takenIces
select ice from registry_cooperative where ice in (:v)
