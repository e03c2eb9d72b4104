package ma.tiwizi.bizplan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.bizplan.BusinessPlans;
import ma.tiwizi.bizplan.engine.Thresholds;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.Ui;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee sets what a bankable plan must show (URL rule: /admin/** is ADMIN). */
@Controller
@RequestMapping("/admin/bizplan")
@RequiredArgsConstructor
class ThresholdsController {

    private final BusinessPlans plans;

    record ThresholdsForm(
            @NotNull(message = "{bizplan.error.dscr}") @DecimalMin(value = "0", message = "{bizplan.error.dscr}")
            @DecimalMax(value = "10", message = "{bizplan.error.dscr}") BigDecimal minDscr,
            @NotNull(message = "{bizplan.error.amount}") BigDecimal minCash,
            boolean requirePositiveNpv,
            @Min(value = 1, message = "{bizplan.error.years}") @Max(value = 30, message = "{bizplan.error.years}")
            Integer maxPaybackYears) {
    }

    @GetMapping
    String show(Model model, @ModelAttribute("ui") Ui ui) {
        var current = plans.thresholds();
        var form = new ThresholdsForm(current.minDscr(), current.minCash(), current.requirePositiveNpv(),
                current.maxPaybackYears());
        model.addAttribute("form", new Form(new DirectFieldBindingResult(form, "form"), ui));
        return "bizplan/thresholds";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") ThresholdsForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, RedirectAttributes redirect, HttpServletResponse response) {
        return Form.submit(binding, response, () -> {
            plans.changeThresholds(new Thresholds(form.minDscr(), form.minCash(), form.requirePositiveNpv(),
                    form.maxPaybackYears()));
            redirect.addFlashAttribute("flash", "bizplan.flash.thresholds");
            return "redirect:/admin/bizplan";
        }, () -> {
            model.addAttribute("form", new Form(binding, ui));
            return "bizplan/thresholds";
        });
    }
}
