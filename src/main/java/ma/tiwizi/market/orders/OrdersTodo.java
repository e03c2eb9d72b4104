package ma.tiwizi.market.orders;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.web.Todo;
import ma.tiwizi.platform.web.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A cooperative's new orders on its start page: a buyer waits for a confirmation since the oldest one came. */
@Component
@RequiredArgsConstructor
class OrdersTodo implements TodoSource {

    private static final Queries SQL = Queries.of("market");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    @Override
    public List<Todo> todo(TiwiziPrincipal user, Locale locale) {
        if (user.role() != Role.COOP || user.cooperativeId() == null) {
            return List.of();
        }
        return TodoSource.queue(jdbc.sql(SQL.get("OrdersTodo.toConfirm")).param("c", user.cooperativeId()),
                waiting -> messages.getMessage("market.todo.confirm", new Object[] {waiting}, locale),
                "/market/orders?status=NEW");
    }
}
