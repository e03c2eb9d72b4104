package ma.tiwizi.administration.calendar;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.governance.Mandates;
import ma.tiwizi.administration.rules.LegalCalendar.Duty;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The legal calendar: what the law asks of the cooperative this year, done, due or late. */
@Controller
@RequiredArgsConstructor
class CalendarController {

    private final Obligations obligations;
    private final Mandates mandates;
    private final CooperativeRegistry registry;

    @GetMapping("/administration/calendar")
    @CooperativeOnly
    String mine(Model model) {
        return page(CurrentUser.require().cooperativeId(), model);
    }

    @GetMapping("/cooperatives/{id}/calendar")
    String of(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping("/administration/calendar")
    @OnRefusal("/administration/calendar")
    String done(@RequestParam @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate yearEnd, @RequestParam Duty duty,
            @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate doneOn, @RequestParam String proof,
            RedirectAttributes redirect) {
        obligations.markDone(yearEnd, duty, doneOn, proof);
        redirect.addFlashAttribute("flash", "administration.flash.done");
        return "redirect:/administration/calendar";
    }

    private String page(long cooperativeId, Model model) {
        model.addAttribute("cooperative", registry.get(cooperativeId));
        model.addAttribute("years", obligations.of(cooperativeId));
        model.addAttribute("mandates", mandates.ending(cooperativeId));
        model.addAttribute("holds", CurrentUser.require().ownsCooperative(cooperativeId));
        return "administration/calendar";
    }
}
