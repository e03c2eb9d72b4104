-- Every territory name has its Arabic form, shown on Arabic pages: the cercles, caidats, province and region
-- (until now in Latin only) and Bigoudine, the one commune without one. Spellings follow the Arabic names of the
-- communes of the same name; like them they are to be checked against the Ministry of the Interior's list
-- (DOMAIN.md section 4). A place whose Arabic form is unknown still shows its French name.
alter table territory_commune add column region_ar varchar(80);
alter table territory_commune add column province_ar varchar(80);
alter table territory_commune add column cercle_ar varchar(80);
alter table territory_commune add column caidat_ar varchar(80);

update territory_commune set name_ar = 'بيكودين' where code = 'taroudant-bigoudine' and name_ar is null;
update territory_commune set region_ar = 'سوس ماسة' where region = 'Souss-Massa';
update territory_commune set province_ar = 'تارودانت' where province = 'Taroudant';
update territory_commune set cercle_ar = case cercle
    when 'Irherm' then 'إغرم'
    when 'Oulad Berhil' then 'أولاد برحيل'
    when 'Oulad Teima' then 'أولاد تايمة'
    when 'Taliouine' then 'تالوين'
    when 'Taroudant' then 'تارودانت' end
where cercle is not null;
update territory_commune set caidat_ar = case caidat
    when 'Adas' then 'أداس'
    when 'Ahmar' then 'أحمر'
    when 'Argana' then 'أركانة'
    when 'Askaouen' then 'أسكاون'
    when 'Aïn Chaïb' then 'عين شعيب'
    when 'Aït Abdallah' then 'آيت عبد الله'
    when 'El Faïd' then 'الفيض'
    when 'Freija' then 'فريجة'
    when 'Igli' then 'إكلي'
    when 'Ilmguert' then 'إلمكرت'
    when 'Oulad M''Hella' then 'أولاد امحلة'
    when 'Saktana' then 'سكتانة'
    when 'Sidi Abdellah Ou Moussa' then 'سيدي عبد الله أوموسى'
    when 'Tafingoult' then 'تافينكولت'
    when 'Tamaloukte' then 'تاملوكت' end
where caidat is not null;
