-- What the territory module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- CommuneDirectory

-- name: CommuneDirectory.communes
select id, code, kind, region, province, cercle, caidat, name_fr, name_ar, region_ar, province_ar,
    cercle_ar, caidat_ar
from territory_commune order by id
