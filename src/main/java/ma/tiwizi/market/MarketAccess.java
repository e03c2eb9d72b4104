package ma.tiwizi.market;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Access;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose products, orders and labels these are, for method security:
 * {@code @PreAuthorize("@marketAccess.ownsOrder(#id)")}. Something that does not exist is let through, so the
 * service answers 404 rather than 403.
 */
@Component("marketAccess")
@RequiredArgsConstructor
class MarketAccess {

    private static final Queries SQL = Queries.of("market");

    private final JdbcClient jdbc;

    /** The cooperative that sells it. */
    public boolean ownsProduct(long id) {
        return owns(cooperativeOf("MarketAccess.product", id));
    }

    /** The cooperative the order was placed with. */
    public boolean ownsOrder(long id) {
        return owns(cooperativeOf("MarketAccess.order", id));
    }

    /** ADMIN, who verifies labels, and the cooperative that claimed it. */
    public boolean readsLabel(long id) {
        return Access.holds(cooperativeOf("MarketAccess.label", id), TiwiziPrincipal::canEdit);
    }

    private static boolean owns(Optional<Long> cooperative) {
        return Access.holds(cooperative, TiwiziPrincipal::ownsCooperative);
    }

    private Optional<Long> cooperativeOf(String query, long id) {
        return jdbc.sql(SQL.get(query)).param("id", id)
                .query(Long.class).optional();
    }
}
