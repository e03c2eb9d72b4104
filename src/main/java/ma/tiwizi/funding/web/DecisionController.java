package ma.tiwizi.funding.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.funding.internal.Applications;
import ma.tiwizi.funding.internal.DecisionForm;
import ma.tiwizi.funding.internal.Decisions;
import ma.tiwizi.funding.internal.RejectionReason;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.platform.web.Flash;
import ma.tiwizi.platform.web.Ui;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consolidated ranking of a call and the committee's decisions (administrators only, checked in the service). */
@Controller
@RequiredArgsConstructor
class DecisionController {

    private final Decisions decisions;
    private final Applications applications;

    /** Files shown per page of a ranking; the order, running totals and envelope are computed over all of them. */
    static final int RANKING_PAGE = 50;

    @GetMapping("/calls/{id}/ranking")
    String ranking(@PathVariable long id, @RequestParam(required = false) Integer page, Model model,
            @ModelAttribute("ui") Ui ui) {
        model.addAttribute("ranking", decisions.ranking(id, ui.locale(), PageOf.clampPage(page), RANKING_PAGE));
        model.addAttribute("decisions", new ApplicationStatus[] {ApplicationStatus.APPROVED,
                ApplicationStatus.WAITING_LIST, ApplicationStatus.REJECTED});
        model.addAttribute("reasons", RejectionReason.values());
        return "funding/ranking";
    }

    @PostMapping("/applications/{id}/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decision") DecisionForm form, BindingResult binding,
            RedirectAttributes redirect) {
        long call = applications.get(id).callId();
        if (binding.hasErrors()) {
            Flash.error(redirect, "funding.error.decision");
            return "redirect:/calls/" + call + "/ranking";
        }
        try {
            decisions.decide(id, form);
            redirect.addFlashAttribute("flash", "funding.flash.decided");
        } catch (UserFacingException refusal) {
            Flash.refusal(redirect, refusal);
        }
        return "redirect:/calls/" + call + "/ranking";
    }
}
