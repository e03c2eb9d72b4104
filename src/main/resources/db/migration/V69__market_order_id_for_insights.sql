-- The dashboards refresh only the cooperatives a change touched: an order's audited change names the order, so the
-- view insights reads gives its id too (a new last column; the others stay as they were).
create or replace view market_orders_for_insights as
select cooperative_id, reference, placed_at, status, total, id as order_id from market_order;
