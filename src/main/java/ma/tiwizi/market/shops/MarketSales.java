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
import ma.tiwizi.platform.Queries;
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

    private static final Queries SQL = Queries.of("market");

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
        jdbc.sql(SQL.get("MarketSales.byMonth")).param("c", cooperativeId)
                .param("from", Timestamp.from(first.atDay(1).atStartOfDay(Morocco.ZONE).toInstant()))
                .query(rs -> {
                    var month = YearMonth.from(rs.getTimestamp(1).toInstant().atZone(Morocco.ZONE));
                    var before = months.get(month);
                    if (before != null) {
                        months.put(month, new Month(month, before.orders() + 1, before.revenue()
                                .add(rs.getBigDecimal(2))));
                    }
                });
        return new ArrayList<>(months.values());
    }

    /** A cooperative's products by revenue, best first (at most 50). */
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    @Transactional(readOnly = true)
    public List<ProductSales> byProduct(long cooperativeId) {
        return jdbc.sql(SQL.get("MarketSales.byProduct"))
                .param("c", cooperativeId).query((rs, n) -> new ProductSales(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBigDecimal(6))).list();
    }

    /** Sales of the whole programme over a period (staff), for dashboards. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Summary summary(LocalDate from, LocalDate to) {
        return jdbc.sql(SQL.get("MarketSales.summary"))
                .param("from", Timestamp.from(from.atStartOfDay(Morocco.ZONE).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(Morocco.ZONE).toInstant()))
                .query((rs, n) -> new Summary(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3))).single();
    }

}
