package ma.tiwizi.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.training.TrainingRecord;
import ma.tiwizi.training.internal.DiagnosticForm;
import ma.tiwizi.training.internal.Diagnostics;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The capacity diagnostic of one cooperative: the questionnaire, the latest scores and the change since before. */
@Controller
class DiagnosticController {

    private final Diagnostics diagnostics;
    private final CooperativeRegistry registry;
    private final Validator validator;
    private final TrainingRecord trainingRecord;
    private final ConversionService conversions;

    DiagnosticController(Diagnostics diagnostics, CooperativeRegistry registry, Validator validator,
            @Qualifier("mvcConversionService") ConversionService conversions,
            TrainingRecord trainingRecord) {
        this.trainingRecord = trainingRecord;
        this.diagnostics = diagnostics;
        this.registry = registry;
        this.validator = validator;
        this.conversions = conversions;
    }

    @GetMapping("/cooperatives/{id}/diagnostic")
    String show(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        return page(id, model, ui, new DirectFieldBindingResult(DiagnosticForm.blank(), "form"));
    }

    @PostMapping("/cooperatives/{id}/diagnostic")
    String take(@PathVariable long id, @Valid @ModelAttribute("form") DiagnosticForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        CompleteValidation.validateRest(binding, DiagnosticForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            diagnostics.take(id, form);
            redirect.addFlashAttribute("flash", "training.flash.diagnosed");
            return "redirect:/cooperatives/" + id + "/diagnostic#results";
        }, () -> page(id, model, ui, binding));
    }

    /** The cooperative's training record: sessions attended and latest diagnostic (staff and the cooperative). */
    @GetMapping("/cooperatives/{id}/training")
    String record(@PathVariable long id, Model model) {
        model.addAttribute("cooperative", registry.get(id));
        model.addAttribute("attended", trainingRecord.attendedSessions(id));
        model.addAttribute("certificates", trainingRecord.certificates(id));
        model.addAttribute("diagnostic", trainingRecord.latestDiagnostic(id).orElse(null));
        return "training/record";
    }

    private String page(long id, Model model, Ui ui, BindingResult binding) {
        var history = diagnostics.history(id);
        model.addAttribute("cooperative", registry.get(id));
        model.addAttribute("latest", history.isEmpty() ? null : history.get(0));
        model.addAttribute("previous", history.size() < 2 ? null : history.get(1));
        model.addAttribute("recommended", history.isEmpty() ? List.of()
                : diagnostics.recommendedModules(history.get(0)));
        model.addAttribute("mayTake", diagnostics.mayTake(id));
        model.addAttribute("form", new Form(binding, ui));
        return "training/diagnostic";
    }
}
