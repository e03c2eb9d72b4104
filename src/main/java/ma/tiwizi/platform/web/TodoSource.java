package ma.tiwizi.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a module asks of the signed-in person: a cooperative's tasks (invitations, documents, orders, legal duties) or a
 * staff member's queue (files to screen, sessions today, labels to verify). The start page gathers them all.
 */
public interface TodoSource {

    List<Todo> todo(TiwiziPrincipal user, Locale locale);

    /**
     * A queue counted by a statement answering {@code waiting} (how many) and {@code since} (when the oldest came):
     * one task saying how many, from that day, or none when nothing waits.
     */
    static List<Todo> queue(JdbcClient.StatementSpec statement, LongFunction<String> text, String link) {
        return statement.query((rs, n) -> rs.getLong("waiting") == 0 ? null : Todo.waitingSince(
                rs.getTimestamp("since") == null ? null
                        : rs.getTimestamp("since").toInstant().atZone(Morocco.ZONE).toLocalDate(),
                text.apply(rs.getLong("waiting")), link)).list().stream().filter(Objects::nonNull).toList();
    }
}
