package ma.tiwizi.administration.calendar;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.web.Todo;
import ma.tiwizi.platform.web.TodoSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cooperative's start page says what the law asks of it next (the calendar's first duty not done), so that a
 * president sees a filing coming before it is late.
 */
@Component
@RequiredArgsConstructor
class NextDutyTodo implements TodoSource {

    private final Obligations obligations;
    private final MessageSource messages;

    @Override
    public List<Todo> todo(TiwiziPrincipal user, Locale locale) {
        if (user.cooperativeId() == null || !user.ownsCooperative(user.cooperativeId())) {
            return List.of();
        }
        return obligations.current(user.cooperativeId()).next()
                .map(line -> Todo.dueBy(line.dueBy(), messages.getMessage(
                        line.state().name().equals("LATE") ? "administration.calendar.late"
                                : "administration.calendar.next",
                        new Object[] {messages.getMessage("administration.duty." + line.duty().name(), null, locale),
                                Morocco.DAY.format(line.dueBy())}, locale), "/administration/calendar"))
                .stream().toList();
    }
}
