package ma.tiwizi.notifications.inbox;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.PageOf;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's inbox; a notice's short link (the one an SMS carries) marks it read and leads to the page. */
@Controller
@RequiredArgsConstructor
@PreAuthorize("isAuthenticated()")
class InboxController {

    private final Inbox inbox;

    @GetMapping("/inbox")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("notices", inbox.page(PageOf.clampPage(page), PageOf.DEFAULT_SIZE,
                LocaleContextHolder.getLocale()));
        return "notifications/inbox";
    }

    @GetMapping("/inbox/{id}")
    String open(@PathVariable long id) {
        return "redirect:" + inbox.open(id);
    }

    @PostMapping("/inbox/read")
    String readAll() {
        inbox.readAll();
        return "redirect:/inbox";
    }
}
