package ma.tiwizi.funding.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.web.Todo;
import ma.tiwizi.platform.web.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applications on the start page: a cooperative's drafts to submit before their call closes, files returned for
 * corrections and the proofs an approved project's next tranche waits for; the staff's files waiting to be screened and complete files without reviewers, call by call, oldest
 * first; a reviewer's files to score.
 */
@Component
@RequiredArgsConstructor
class FundingTodo implements TodoSource {

    private static final Queries SQL = Queries.of("funding");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource messages;

    @Override
    public List<Todo> todo(TiwiziPrincipal user, Locale locale) {
        var todo = new ArrayList<Todo>();
        switch (user.role()) {
            case COOP -> {
                if (user.cooperativeId() != null) {
                    jdbc.sql(SQL.get("FundingTodo.toSubmit")).param("c", user.cooperativeId())
                            .param("now", Timestamp.from(clock.instant()))
                            .query((rs, n) -> {
                                LocalDate closes = day(rs.getTimestamp("closes_at"));
                                String key = "RETURNED".equals(rs.getString("status")) ? "funding.todo.returned"
                                        : "funding.todo.draft";
                                return Todo.dueBy(closes, text(key, locale, rs.getString("title"),
                                        Morocco.DAY.format(closes)), "/applications/" + rs.getLong("id"));
                            }).list().forEach(todo::add);
                    todo.addAll(proofs(user.cooperativeId(), locale));
                }
            }
            case ADMIN -> {
                todo.addAll(perCall("FundingTodo.toScreen", "funding.todo.screen", "SUBMITTED", locale));
                todo.addAll(perCall("FundingTodo.toAssign", "funding.todo.assign", "COMPLETE", locale));
            }
            case REVIEWER -> todo.addAll(TodoSource.queue(jdbc.sql(SQL.get("FundingTodo.toScore"))
                    .param("u", user.userId()), waiting -> text("funding.todo.score", locale, waiting), "/reviews"));
            default -> {
            }
        }
        return todo;
    }

    /**
     * What an approved project's next tranche waits for from the cooperative: the proof of its own contribution before
     * the first, its expense report once the first is paid.
     */
    private List<Todo> proofs(long cooperative, Locale locale) {
        return jdbc.sql(SQL.get("FundingTodo.proofs")).param("c", cooperative).query((rs, n) -> {
            String link = "/applications/" + rs.getLong("id");
            if (!rs.getBoolean("own_proved")) {
                return Todo.waitingSince(day(rs.getTimestamp("created_at")),
                        text("funding.todo.ownContribution", locale, rs.getString("title")), link);
            }
            var firstPaid = rs.getObject("first_paid", LocalDate.class);
            if (firstPaid != null && rs.getBoolean("unpaid") && !rs.getBoolean("expenses_reported")) {
                return Todo.waitingSince(firstPaid, text("funding.todo.expenseReport", locale, rs.getString("title")),
                        link);
            }
            return null;
        }).list().stream().filter(Objects::nonNull).toList();
    }

    /** Files waiting in a status, call by call, oldest first, each call one task leading to its filtered list. */
    private List<Todo> perCall(String statement, String key, String status, Locale locale) {
        return jdbc.sql(SQL.get(statement)).query((rs, n) -> Todo.waitingSince(day(rs.getTimestamp("since")),
                text(key, locale, rs.getLong("waiting"), rs.getString("title")),
                "/calls/" + rs.getLong("call_id") + "/applications?status=" + status)).list();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static LocalDate day(Timestamp at) {
        return at == null ? null : at.toInstant().atZone(Morocco.ZONE).toLocalDate();
    }
}
