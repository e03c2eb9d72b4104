package ma.tiwizi.market.shops;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.StaffOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales, for the cooperative itself and for other modules (the programme's dashboards): orders by status, revenue by
 * month and by product. A sale is an order that was not cancelled; revenue is its total in dirhams.
 */
@Service
@RequiredArgsConstructor
public class MarketSales {

    private final JdbcClient jdbc;
    private final Clock clock;

    public record Month(YearMonth month, int orders, BigDecimal revenue) {
    }

    public record ProductSales(long productId, String nameAr, String nameFr, String nameEn, int quantity,
            BigDecimal revenue) {
        public String name(Locale locale) {
            return Texts.inLanguage(locale, nameAr, nameFr, nameEn);
        }
    }

    public record Summary(int orders, BigDecimal revenue, int cooperativesSelling) {
    }

    /** The last twelve months of a cooperative's sales, oldest first, months without sales included. */
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    @Transactional(readOnly = true)
    public List<Month> byMonth(long cooperativeId) {
        YearMonth last = YearMonth.now(clock.withZone(Morocco.ZONE));
        YearMonth first = last.minusMonths(11);
        var months = new TreeMap<YearMonth, Month>();
        for (var m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new Month(m, 0, BigDecimal.ZERO));
        }
        jdbc.sql("""
                select placed_at, total from market_order
                where cooperative_id = :c and status <> 'CANCELLED' and placed_at >= :from""").param("c", cooperativeId)
                .param("from", Timestamp.from(first.atDay(1).atStartOfDay(Morocco.ZONE).toInstant()))
                .query(rs -> {
                    var month = YearMonth.from(rs.getTimestamp(1).toInstant().atZone(Morocco.ZONE));
                    var before = months.get(month);
                    if (before != null) {
                        months.put(month, new Month(month, before.orders() + 1, before.revenue().add(rs.getBigDecimal(2))));
                    }
                });
        return new ArrayList<>(months.values());
    }

    /** A cooperative's products by revenue, best first (at most 50). */
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    @Transactional(readOnly = true)
    public List<ProductSales> byProduct(long cooperativeId) {
        return jdbc.sql("""
                select p.id, p.name_ar, p.name_fr, p.name_en, sum(l.quantity), sum(l.amount)
                from market_order_line l join market_order o on o.id = l.order_id
                join market_product p on p.id = l.product_id
                where o.cooperative_id = :c and o.status <> 'CANCELLED'
                group by p.id, p.name_ar, p.name_fr, p.name_en order by sum(l.amount) desc limit 50""")
                .param("c", cooperativeId).query((rs, n) -> new ProductSales(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBigDecimal(6))).list();
    }

    /** Sales of the whole programme over a period (staff), for dashboards. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Summary summary(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*), coalesce(sum(total), 0), count(distinct cooperative_id) from market_order
                where status <> 'CANCELLED' and placed_at >= :from and placed_at < :to""")
                .param("from", Timestamp.from(from.atStartOfDay(Morocco.ZONE).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(Morocco.ZONE).toInstant()))
                .query((rs, n) -> new Summary(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3))).single();
    }

}
