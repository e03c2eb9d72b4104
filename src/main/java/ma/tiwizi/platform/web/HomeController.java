package ma.tiwizi.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the start page: what the signed-in person has to do, most urgent first. */
@Controller
@RequiredArgsConstructor
class HomeController {

    private final ObjectProvider<TodoSource> sources;
    private final Clock clock;

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        var user = CurrentUser.require();
        var locale = LocaleContextHolder.getLocale();
        List<Todo> todo = sources.orderedStream().flatMap(source -> source.todo(user, locale).stream())
                .sorted(Todo.URGENT_FIRST).toList();
        model.addAttribute("todo", todo);
        model.addAttribute("today", LocalDate.now(clock.withZone(Morocco.ZONE)));
        return "home";
    }
}
