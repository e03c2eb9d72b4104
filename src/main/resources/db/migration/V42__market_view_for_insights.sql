-- What the market gives the dashboards (insights reads this view, never market_order itself).
create view market_orders_for_insights as
select cooperative_id, reference, placed_at, status, total from market_order;
