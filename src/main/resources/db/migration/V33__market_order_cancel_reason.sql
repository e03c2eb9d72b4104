-- A cooperative cancels an order only with a reason, which the buyer reads when following the order.
alter table market_order add column cancel_reason varchar(500);
