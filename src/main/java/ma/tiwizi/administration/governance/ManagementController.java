package ma.tiwizi.administration.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
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

/** Who runs the cooperative: it declares its directors or managers; staff read them from the cooperative's page. */
@Controller
@RequiredArgsConstructor
class ManagementController {

    private final Mandates mandates;
    private final MemberRegister register;
    private final CooperativeRegistry registry;
    private final Clock clock;

    @GetMapping("/administration/governance")
    @CooperativeOnly
    String mine(Model model) {
        return page(CurrentUser.require().cooperativeId(), model);
    }

    @GetMapping("/cooperatives/{id}/governance")
    String of(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping("/administration/governance/mandates")
    @OnRefusal("/administration/governance")
    String elect(@RequestParam long memberId, @RequestParam(required = false) String role,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate electedOn,
            RedirectAttributes redirect) {
        mandates.elect(memberId, role, electedOn);
        redirect.addFlashAttribute("flash", "administration.flash.elected");
        return "redirect:/administration/governance";
    }

    @PostMapping("/administration/governance/mandates/{memberId}/end")
    @OnRefusal("/administration/governance")
    String end(@PathVariable long memberId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate endedOn,
            RedirectAttributes redirect) {
        mandates.end(memberId, endedOn);
        redirect.addFlashAttribute("flash", "administration.flash.mandateEnded");
        return "redirect:/administration/governance";
    }

    private String page(long cooperativeId, Model model) {
        var view = mandates.of(cooperativeId);
        boolean holds = CurrentUser.require().ownsCooperative(cooperativeId);
        model.addAttribute("governance", view);
        model.addAttribute("cooperative", registry.get(cooperativeId));
        model.addAttribute("holds", holds);
        model.addAttribute("members", holds ? register.current(cooperativeId) : List.of());
        model.addAttribute("today", LocalDate.now(clock.withZone(Morocco.ZONE)));
        return "administration/governance";
    }
}
