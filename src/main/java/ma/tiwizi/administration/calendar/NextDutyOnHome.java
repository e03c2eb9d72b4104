package ma.tiwizi.administration.calendar;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The cooperative's start page says what the law asks of it next (the calendar's first duty not done), in its
 * language, so that a president sees a filing coming before it is late. Only the start page, only a cooperative.
 */
@ControllerAdvice(basePackages = "ma.tiwizi.platform.web")
@RequiredArgsConstructor
class NextDutyOnHome {

    private final Obligations obligations;
    private final MessageSource messages;

    @ModelAttribute("nextDuty")
    String nextDuty(HttpServletRequest request) {
        var user = CurrentUser.find().orElse(null);
        if (!"/".equals(request.getRequestURI()) || user == null || user.cooperativeId() == null
                || !user.ownsCooperative(user.cooperativeId())) {
            return null;
        }
        return obligations.current(user.cooperativeId()).next()
                .map(line -> text(line.state().name().equals("LATE") ? "administration.calendar.late"
                        : "administration.calendar.next", text("administration.duty." + line.duty().name()),
                        Morocco.DAY.format(line.dueBy())))
                .orElse(null);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
