package ma.tiwizi.market.labels;

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

/** The staff's quality labels waiting to be verified, on their start page, since the oldest claim. */
@Component
@RequiredArgsConstructor
class LabelsTodo implements TodoSource {

    private static final Queries SQL = Queries.of("market");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    @Override
    public List<Todo> todo(TiwiziPrincipal user, Locale locale) {
        if (user.role() != Role.ADMIN) {
            return List.of();
        }
        return TodoSource.queue(jdbc.sql(SQL.get("LabelsTodo.toVerify")),
                waiting -> messages.getMessage("market.todo.labels", new Object[] {waiting}, locale), "/admin/labels");
    }
}
