package ma.tiwizi.funding.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.internal.Applications;
import ma.tiwizi.funding.internal.Criterion;
import ma.tiwizi.funding.internal.Reviews;
import ma.tiwizi.funding.internal.ScoreForm;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.training.TrainingRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reviewers' pages: their assignments, the conflict-of-interest declaration, the scoring sheet. */
@Controller
@RequiredArgsConstructor
class ReviewController {

    private final Reviews reviews;
    private final Applications applications;
    private final TrainingRecord trainingRecord;

    @PostMapping("/applications/{id}/reviewers")
    @OnRefusal("/applications/{id}")
    String assign(@PathVariable long id, @RequestParam long reviewer, RedirectAttributes redirect) {
        reviews.assign(id, reviewer);
        redirect.addFlashAttribute("flash", "funding.flash.assigned");
        return "redirect:/applications/" + id;
    }

    @GetMapping("/reviews")
    String mine(Model model) {
        model.addAttribute("reviews", reviews.mine());
        return "funding/reviews";
    }

    @GetMapping("/reviews/{id}")
    String show(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var review = reviews.get(id);
        var empty = new ScoreForm(null, null, null, null, null, "", "", review.version());
        return page(model, ui, id, new DirectFieldBindingResult(empty, "form"));
    }

    @PostMapping("/reviews/{id}/declare")
    @OnRefusal("/reviews/{id}")
    String declare(@PathVariable long id, @RequestParam boolean noConflict) {
        reviews.declare(id, noConflict);
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/reviews/{id}")
    String score(@PathVariable long id, @Valid @ModelAttribute("form") ScoreForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, HttpServletResponse response, RedirectAttributes redirect) {
        return Form.submit(binding, response, () -> {
            reviews.submit(id, form);
            redirect.addFlashAttribute("flash", "funding.flash.scored");
            return "redirect:/reviews/" + id;
        }, () -> page(model, ui, id, binding));
    }

    private String page(Model model, Ui ui, long id, BindingResult binding) {
        var review = reviews.get(id);
        model.addAttribute("review", review);
        model.addAttribute("form", new Form(binding, ui));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("grid", reviews.grid(review.applicationId()));
        model.addAttribute("others", review.submitted() ? reviews.ofApplication(review.applicationId()) : null);
        var application = "ASSIGNED".equals(review.status()) || "DECLINED".equals(review.status())
                ? null : applications.get(review.applicationId());
        model.addAttribute("application", application);
        model.addAttribute("diagnostic", application == null ? null
                : trainingRecord.latestDiagnostic(application.cooperativeId()).orElse(null));
        model.addAttribute("attended", application == null ? List.of()
                : trainingRecord.attendedSessions(application.cooperativeId()));
        return "funding/review";
    }
}
