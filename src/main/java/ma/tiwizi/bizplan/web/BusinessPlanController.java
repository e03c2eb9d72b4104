package ma.tiwizi.bizplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import ma.tiwizi.bizplan.BusinessPlans;
import ma.tiwizi.bizplan.engine.PlanInput;
import ma.tiwizi.bizplan.web.BusinessPlanPdf;
import ma.tiwizi.platform.config.Locales;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A cooperative's business plans: list, build, save versions, read the projections and verdict, print the summary. */
@Controller
class BusinessPlanController {

    private final BusinessPlans plans;
    private final BusinessPlanPdf pdf;
    private final CooperativeRegistry registry;
    private final Validator validator;
    private final jakarta.validation.Validator beanValidator;
    private final ConversionService conversions;

    BusinessPlanController(BusinessPlans plans, BusinessPlanPdf pdf, CooperativeRegistry registry,
            Validator validator, jakarta.validation.Validator beanValidator,
            @Qualifier("mvcConversionService") ConversionService conversions) {
        this.plans = plans;
        this.pdf = pdf;
        this.registry = registry;
        this.validator = validator;
        this.beanValidator = beanValidator;
        this.conversions = conversions;
    }

    @GetMapping("/cooperatives/{cooperativeId}/plans")
    String list(@PathVariable long cooperativeId, Model model) {
        model.addAttribute("cooperative", registry.get(cooperativeId));
        model.addAttribute("plans", plans.ofCooperative(cooperativeId));
        model.addAttribute("canWrite", plans.canWrite(cooperativeId));
        return "bizplan/list";
    }

    @GetMapping("/cooperatives/{cooperativeId}/plans/new")
    @PreAuthorize("@access.editsCooperative(#cooperativeId)")
    String create(@PathVariable long cooperativeId, Model model, @ModelAttribute("ui") Ui ui) {
        registry.get(cooperativeId);
        var form = PlanForm.blank();
        return form(model, ui, cooperativeId, null, new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping("/cooperatives/{cooperativeId}/plans")
    @PreAuthorize("@access.editsCooperative(#cooperativeId)")
    String save(@PathVariable long cooperativeId, @Valid @ModelAttribute("form") PlanForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        registry.get(cooperativeId);
        var converted = check(form, binding, request);
        return Form.submit(binding, response, () -> {
            long id = plans.create(cooperativeId, form.title(), converted.input());
            redirect.addFlashAttribute("flash", "bizplan.flash.saved");
            return "redirect:/plans/" + id;
        }, () -> form(model, ui, cooperativeId, null, binding));
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        var plan = plans.version(id, version);
        model.addAttribute("plan", plan);
        model.addAttribute("cooperative", registry.get(plan.cooperativeId()));
        model.addAttribute("evaluation", plans.evaluate(plan.input()));
        model.addAttribute("canWrite", plans.canWrite(plan.cooperativeId()));
        return "bizplan/show";
    }

    @GetMapping("/plans/{id}/edit")
    @PreAuthorize("@planAccess.writes(#id)")
    String edit(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var plan = plans.version(id, null);
        var form = PlanForm.of(plan.title(), plan.input(), plan.number());
        return form(model, ui, plan.cooperativeId(), plan, new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping("/plans/{id}")
    @PreAuthorize("@planAccess.writes(#id)")
    String saveVersion(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        var plan = plans.version(id, null);
        var converted = check(form, binding, request);
        return Form.submit(binding, response, () -> {
            plans.saveVersion(id, converted.input(), form.version() == null ? -1 : form.version());
            redirect.addFlashAttribute("flash", "bizplan.flash.saved");
            return "redirect:/plans/" + id;
        }, () -> form(model, ui, plan.cooperativeId(), plan, binding));
    }

    @GetMapping("/plans/{id}/summary.pdf")
    void summary(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "ar") String lang, HttpServletResponse response) throws IOException {
        var plan = plans.version(id, version);
        Locale locale = "fr".equals(lang) ? Locales.FRENCH : Locales.ARABIC;
        byte[] document = pdf.render(plan, registry.get(plan.cooperativeId()), plans.evaluate(plan.input()), locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition",
                "inline; filename=\"business-plan-" + id + "-v" + plan.number() + "-" + locale.getLanguage() + ".pdf\"");
        response.getOutputStream().write(document);
    }

    /** The form's own checks, then the engine's rules on the plan it describes, each error beside its field. */
    private PlanForm.Converted check(PlanForm form, BindingResult binding, HttpServletRequest request) {
        CompleteValidation.validateRest(binding, PlanForm.class, request, validator, conversions);
        if (binding.getTarget() == null) {
            return null;
        }
        var converted = form.toInput();
        for (ConstraintViolation<PlanInput> violation : beanValidator.validate(converted.input())) {
            var paths = violation.getPropertyPath().toString().equals("investmentsWithinHorizon")
                    ? converted.input().investmentsAfterHorizon().stream().map(i -> "investments[" + i + "].year")
                            .toList()
                    : List.of(violation.getPropertyPath().toString());
            for (String inputPath : paths) {
                String path = PlanForm.formPath(inputPath, converted.paths());
                if (binding.getFieldError(path) == null) {
                    binding.addError(new FieldError("form", path, rejected(binding, path), false, null, null,
                            violation.getMessage()));
                }
            }
        }
        return binding.hasErrors() ? null : converted;
    }

    private static Object rejected(BindingResult binding, String path) {
        try {
            return binding.getFieldValue(path);
        } catch (RuntimeException notAField) {
            return null;
        }
    }

    private String form(Model model, Ui ui, long cooperativeId, BusinessPlans.PlanVersion plan, BindingResult binding) {
        model.addAttribute("form", new Form(binding, ui));
        model.addAttribute("cooperative", registry.get(cooperativeId));
        model.addAttribute("plan", plan);
        model.addAttribute("costKinds", PlanInput.FixedCostKind.values());
        return "bizplan/form";
    }
}
