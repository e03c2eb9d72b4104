package ma.tiwizi.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.config.Locales;
import ma.tiwizi.platform.web.Todo;
import ma.tiwizi.platform.web.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training on the start page: a cooperative invited to a coming session that has named nobody yet; a trainer's
 * sessions today; for the staff, how many sessions are held today.
 */
@Component
@RequiredArgsConstructor
class TrainingTodo implements TodoSource {

    private static final Queries SQL = Queries.of("training");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource messages;

    @Override
    public List<Todo> todo(TiwiziPrincipal user, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(Morocco.ZONE));
        var todo = new ArrayList<Todo>();
        if (user.role() == Role.COOP && user.cooperativeId() != null) {
            jdbc.sql(SQL.get("TrainingTodo.toName")).param("c", user.cooperativeId()).param("today", today)
                    .query((rs, n) -> {
                        LocalDate day = rs.getDate("held_on").toLocalDate();
                        return Todo.dueBy(day, messages.getMessage("training.todo.name",
                                new Object[] {title(rs.getString("title_ar"), rs.getString("title_fr"),
                                        rs.getString("title_en"), locale), Morocco.DAY.format(day)}, locale),
                                "/training/invitations/" + rs.getLong("id"));
                    }).list().forEach(todo::add);
        }
        if (user.role() == Role.TRAINER) {
            jdbc.sql(SQL.get("TrainingTodo.runToday")).param("today", today).param("trainer", user.userId())
                    .query((rs, n) -> Todo.dueBy(today, messages.getMessage("training.todo.trainer",
                            new Object[] {rs.getTime("starts_at").toLocalTime().toString(),
                                    title(rs.getString("title_ar"), rs.getString("title_fr"),
                                            rs.getString("title_en"), locale), rs.getString("place")}, locale),
                            "/trainer/sessions/" + rs.getLong("id"))).list().forEach(todo::add);
        }
        if (user.role() == Role.ADMIN) {
            long sessions = jdbc.sql(SQL.get("TrainingTodo.countToday")).param("today", today)
                    .query(Long.class).single();
            if (sessions > 0) {
                todo.add(Todo.dueBy(today, messages.getMessage("training.todo.today", new Object[] {sessions}, locale),
                        "/admin/training"));
            }
        }
        return todo;
    }

    private static String title(String arabic, String french, String english, Locale locale) {
        return Locales.pick(locale, arabic, french, english);
    }
}
