-- What the market module asks of the database, one statement per name (see ma.tiwizi.platform.Queries).

-- Products

-- name: Products.create
insert into market_product (cooperative_id, name_ar, name_fr, name_en, description_ar, description_fr,
    description_en, search_key, category, unit, size, price, stock, visible, lot, harvested_on,
    created_at, updated_at, version)
values (:c, :nameAr, :nameFr, :nameEn, :descriptionAr, :descriptionFr, :descriptionEn, '', :category,
    :unit, :size, :price, :stock, :visible, :lot, :harvestedOn, :now, :now, 0)

-- name: Products.update
update market_product set name_ar = :nameAr, name_fr = :nameFr, name_en = :nameEn,
    description_ar = :descriptionAr, description_fr = :descriptionFr, description_en = :descriptionEn,
    category = :category, unit = :unit, size = :size, price = :price, stock = :stock,
    visible = :visible, lot = :lot, harvested_on = :harvestedOn, updated_at = :now,
    version = version + 1
where id = :id and version = :version

-- name: Products.count
select count(*) from market_product where cooperative_id = :c

-- name: Products.photos
select id, width, height from market_photo where product_id = :p order by id

-- name: Products.addPhoto
insert into market_photo (product_id, small, medium, large, width, height)
values (:p, :small, :medium, :large, :w, :h)

-- name: Products.removePhoto
delete from market_photo where id = :id and product_id = :p

-- name: Products.photo
select f.small, f.medium, f.large, p.visible, p.cooperative_id from market_photo f
join market_product p on p.id = f.product_id where f.id = :id

-- Labels

-- name: Labels.claim
insert into market_label (cooperative_id, product_id, kind, detail, document, document_name,
    document_type, status, claimed_at)
values (:c, :p, :kind, :detail, :doc, :name, :type, 'CLAIMED', :now)

-- name: Labels.claimed
select count(*) from market_label where status = 'CLAIMED'

-- name: Labels.decide
update market_label set status = :status, reason = :reason, decided_at = :now, decided_by = :by
where id = :id and status = 'CLAIMED'

-- name: Labels.document
select cooperative_id, document, document_name, document_type from market_label where id = :id

-- Orders

-- name: Orders.productsOrdered
select p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.price from market_product p
join market_shop s on s.cooperative_id = p.cooperative_id
where p.id = :id and p.visible = true and s.active = true

-- name: Orders.takeStock
update market_product set stock = stock - :q where id = :id and stock >= :q

-- name: Orders.stockLeft
select stock from market_product where id = :id

-- name: Orders.placed
select o.reference, o.cooperative_id, s.name_ar as shop_ar, s.name_latin as shop_latin, o.total, o.payment,
    s.bank_name,
    s.bank_account
from market_order o join market_shop s on s.cooperative_id = o.cooperative_id
where o.checkout_key = :key order by o.id

-- name: Orders.track
select id from market_order where reference = :ref and buyer_phone = :phone

-- name: Orders.counts
select status, count(*) from market_order where cooperative_id = :c group by status

-- name: Orders.transition
update market_product set stock = stock + :q where id = :p

-- MarketSales

-- name: MarketSales.byMonth
select placed_at, total from market_order
where cooperative_id = :c and status <> 'CANCELLED' and placed_at >= :from

-- name: MarketSales.byProduct
select p.id, p.name_ar, p.name_fr, p.name_en, sum(l.quantity), sum(l.amount)
from market_order_line l join market_order o on o.id = l.order_id
join market_product p on p.id = l.product_id
where o.cooperative_id = :c and o.status <> 'CANCELLED'
group by p.id, p.name_ar, p.name_fr, p.name_en order by sum(l.amount) desc limit 50

-- name: MarketSales.summary
select count(*), coalesce(sum(total), 0), count(distinct cooperative_id) from market_order
where status <> 'CANCELLED' and placed_at >= :from and placed_at < :to

-- Shops

-- name: Shops.save
update market_shop set story_ar = :ar, story_fr = :fr, story_en = :en, whatsapp = :whatsapp,
    bank_name = :bank, bank_account = :account, version = version + 1
where cooperative_id = :c and version = :version

-- name: Shops.find
select cooperative_id, name_ar, name_latin, commune_id, women_led, active, story_ar, story_fr,
    story_en, whatsapp, bank_name, bank_account, version
from market_shop where cooperative_id = :c

-- name: Shops.ensure
insert into market_shop (cooperative_id, name_ar, name_latin, commune_id, women_led, active)
values (:c, :ar, :latin, :commune, :women, :active)

-- name: Shops.on
update market_shop set name_ar = :ar, name_latin = :latin, commune_id = :commune,
    women_led = :women, active = :active
where cooperative_id = :c

-- Storefront

-- name: Storefront.shopCards
select s.cooperative_id, s.name_ar, s.name_latin, s.commune_id, s.women_led, count(p.id) as products
from market_shop s join market_product p on p.cooperative_id = s.cooperative_id and p.visible = true
where s.active = true
group by s.cooperative_id, s.name_ar, s.name_latin, s.commune_id, s.women_led
order by s.women_led desc, count(p.id) desc, s.cooperative_id limit 6

-- name: Storefront.categories
select p.category, count(*) from market_product p join market_shop s on s.cooperative_id = p.cooperative_id
where p.visible = true and s.active = true group by p.category

-- name: Storefront.brandCount
select count(*) from market_product p where p.cooperative_id = :c and p.visible = true

-- name: Storefront.productsInSitemap
select p.id from market_product p join market_shop s on s.cooperative_id = p.cooperative_id
where p.visible = true and s.active = true order by p.id limit 45000

-- name: Storefront.shopsInSitemap
select cooperative_id from market_shop where active = true order by cooperative_id limit 5000

-- MarketAccess: whose product, order or label it is

-- name: MarketAccess.product
select cooperative_id from market_product where id = :id

-- name: MarketAccess.order
select cooperative_id from market_order where id = :id

-- name: MarketAccess.label
select cooperative_id from market_label where id = :id

-- Products

-- name: Products.page
select p.id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.description_ar, p.description_fr,
p.description_en, p.category, p.unit, p.size, p.price, p.stock, p.visible, p.lot, p.harvested_on, p.version,
(select min(f.id) from market_photo f where f.product_id = p.id) as photo
from market_product p
where p.cooperative_id = :c
order by p.id desc limit :size offset :off

-- name: Products.choices
select p.id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.description_ar, p.description_fr,
p.description_en, p.category, p.unit, p.size, p.price, p.stock, p.visible, p.lot, p.harvested_on, p.version,
(select min(f.id) from market_photo f where f.product_id = p.id) as photo
from market_product p
where p.cooperative_id = :c
order by p.name_ar, p.name_fr, p.id limit 500

-- name: Products.find
select p.id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.description_ar, p.description_fr,
p.description_en, p.category, p.unit, p.size, p.price, p.stock, p.visible, p.lot, p.harvested_on, p.version,
(select min(f.id) from market_photo f where f.product_id = p.id) as photo
from market_product p
where p.id = :id

-- Labels

-- name: Labels.mine
select id, cooperative_id, product_id, kind, detail, document_name, status, reason, claimed_at
from market_label
where cooperative_id = :c
order by id desc limit 100

-- name: Labels.claimedPage
select id, cooperative_id, product_id, kind, detail, document_name, status, reason, claimed_at
from market_label
where status = 'CLAIMED'
order by id limit :size offset :off

-- name: Labels.verified
select id, cooperative_id, product_id, kind, detail, document_name, status, reason, claimed_at
from market_label
where cooperative_id = :c and status = 'VERIFIED' and (product_id is null or product_id = :p)
order by kind, id

-- name: Labels.verifiedAnywhere
select id, cooperative_id, product_id, kind, detail, document_name, status, reason, claimed_at
from market_label
where cooperative_id = :c and status = 'VERIFIED'
order by kind, id

-- Storefront

-- name: Storefront.featured
select p.id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.category, p.unit, p.size, p.price, p.stock,
 (select min(f.id) from market_photo f where f.product_id = p.id) as photo, s.name_ar as shop_ar,
 s.name_latin as shop_latin
from market_product p join market_shop s on s.cooperative_id = p.cooperative_id
where p.visible = true and s.active = true and p.stock > 0 and exists (select 1 from market_photo f where f.product_id = p.id)
order by p.id desc limit 8

-- name: Storefront.newest
select p.id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.category, p.unit, p.size, p.price, p.stock,
 (select min(f.id) from market_photo f where f.product_id = p.id) as photo, s.name_ar as shop_ar,
 s.name_latin as shop_latin
from market_product p join market_shop s on s.cooperative_id = p.cooperative_id
where p.visible = true and s.active = true and p.stock > 0 order by p.id desc limit 8

-- name: Storefront.brandProducts
select p.id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.category, p.unit, p.size, p.price, p.stock,
 (select min(f.id) from market_photo f where f.product_id = p.id) as photo, s.name_ar as shop_ar,
 s.name_latin as shop_latin
from market_product p join market_shop s on s.cooperative_id = p.cooperative_id
where p.visible = true and s.active = true and p.cooperative_id = :c
order by p.id desc limit :size offset :off

-- name: Storefront.cards
select p.id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.category, p.unit, p.size, p.price, p.stock,
 (select min(f.id) from market_photo f where f.product_id = p.id) as photo, s.name_ar as shop_ar,
 s.name_latin as shop_latin
from market_product p join market_shop s on s.cooperative_id = p.cooperative_id
where p.visible = true and s.active = true and p.id in (:ids)

-- name: Orders.count
select count(*) from market_order where cooperative_id = :c and (:status = '' or status = :status)

-- name: Orders.mine
select id, reference, cooperative_id, buyer_name, buyer_phone, city, address, note, payment, status, total,
  placed_at, version, cancel_reason
from market_order where cooperative_id = :c and (:status = '' or status = :status)
order by id desc limit :size offset :off

-- A search of the storefront: {matching} is Storefront.matching, whose {words} are the conditions on the words typed
-- (SearchText, CloseSpellings); every other filter left empty lets everything through.

-- name: Storefront.matching
p.visible = true and s.active = true and {words}
  and (:category = '' or p.category = :category) and (:everyCommune or s.commune_id = :commune)
  and (not :womenLed or s.women_led = true)
  and (:label = '' or exists (select 1 from market_label l where l.cooperative_id = p.cooperative_id
    and l.status = 'VERIFIED' and l.kind = :label and (l.product_id is null or l.product_id = p.id)))

-- name: Storefront.search.count
select count(*) from (select 1 from market_product p join market_shop s on s.cooperative_id = p.cooperative_id
  where {matching} limit :countLimit) counted

-- name: Storefront.search
select p.id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.category, p.unit, p.size, p.price, p.stock,
  (select min(f.id) from market_photo f where f.product_id = p.id) as photo, s.name_ar as shop_ar,
  s.name_latin as shop_latin
from market_product p join market_shop s on s.cooperative_id = p.cooperative_id
where {matching}
order by p.id desc limit :size offset :off

-- The names a product is found by, with its shop's (SearchText.key), and the key written back

-- name: Shops.keysOfProduct
select p.id, p.name_ar, p.name_fr, p.name_en, s.name_ar, s.name_latin from market_product p
join market_shop s on s.cooperative_id = p.cooperative_id where p.id = :v

-- name: Shops.keysOfCooperative
select p.id, p.name_ar, p.name_fr, p.name_en, s.name_ar, s.name_latin from market_product p
join market_shop s on s.cooperative_id = p.cooperative_id where p.cooperative_id = :v

-- name: Shops.rekey
update market_product set search_key = ? where id = ?

-- The start page's orders to confirm and labels to verify

-- name: OrdersTodo.toConfirm
select count(*) as waiting, min(placed_at) as since from market_order where cooperative_id = :c and status = 'NEW'

-- name: LabelsTodo.toVerify
select count(*) as waiting, min(claimed_at) as since from market_label where status = 'CLAIMED'
