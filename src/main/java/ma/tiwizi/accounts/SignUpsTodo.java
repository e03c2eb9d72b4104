package ma.tiwizi.accounts;

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

/** The account requests waiting for the committee, on an administrator's start page, since the oldest. */
@Component
@RequiredArgsConstructor
class SignUpsTodo implements TodoSource {

    private static final Queries SQL = Queries.of("accounts");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    @Override
    public List<Todo> todo(TiwiziPrincipal user, Locale locale) {
        if (user.role() != Role.ADMIN) {
            return List.of();
        }
        return TodoSource.queue(jdbc.sql(SQL.get("SignUpsTodo.waiting")),
                waiting -> messages.getMessage("accounts.todo.signups", new Object[] {waiting}, locale), "/admin/signups");
    }
}
