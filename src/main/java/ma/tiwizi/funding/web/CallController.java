package ma.tiwizi.funding.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import ma.tiwizi.funding.internal.CallApplications;
import ma.tiwizi.funding.internal.CallForm;
import ma.tiwizi.funding.internal.Calls;
import ma.tiwizi.funding.internal.RequiredDocument;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.territory.CommuneDirectory;
import ma.tiwizi.training.TrainingRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Calls for projects: the list and a call's page for everyone signed in; drafting and publishing for ADMIN. */
@Controller
class CallController {

    private static final Map<String, String> ALIASES = Map.of("closesAfterOpens", "closesAt", "tranchePlanValid",
            "tranchePlan", "gridValid", "gridWeights");

    private final Calls calls;
    private final TrainingRecord trainingRecord;
    private final CallApplications applications;
    private final CommuneDirectory communes;
    private final Validator validator;
    private final ConversionService conversions;

    CallController(TrainingRecord trainingRecord, Calls calls, CallApplications applications,
            CommuneDirectory communes, Validator validator,
            @Qualifier("mvcConversionService") ConversionService conversions) {
        this.trainingRecord = trainingRecord;
        this.calls = calls;
        this.applications = applications;
        this.communes = communes;
        this.validator = validator;
        this.conversions = conversions;
    }

    /** The calls: public to anyone not signed in, with each one's eligibility for a cooperative. */
    @GetMapping("/calls")
    String list(@RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.find().orElse(null);
        if (user == null || user.isStaff()) {
            model.addAttribute("calls", calls.list(PageOf.clampPage(page), PageOf.DEFAULT_SIZE));
            return "funding/calls";
        }
        model.addAttribute("calls", calls.forCooperative(user.cooperativeId()));
        return "funding/calls-for-cooperative";
    }

    @GetMapping("/calls/{id}")
    String show(@PathVariable long id, Model model) {
        var user = CurrentUser.find().orElse(null);
        var call = calls.get(id);
        model.addAttribute("call", call);
        model.addAttribute("checks", user == null || user.isStaff() ? null
                : calls.forCooperative(id, user.cooperativeId()).checks());
        model.addAttribute("communes", communes);
        return "funding/call";
    }

    @GetMapping("/calls/{id}/applications")
    String applications(@PathVariable long id, @ModelAttribute("filter") CallApplications.Filter filter, Model model,
            @ModelAttribute("ui") Ui ui) {
        model.addAttribute("call", calls.get(id));
        model.addAttribute("listing", applications.list(id, filter, ui.locale()));
        model.addAttribute("communes", communes.sortedFor(ui.locale()));
        return "funding/call-applications";
    }

    @GetMapping("/calls/{id}/applications.xlsx")
    void applicationsXlsx(@PathVariable long id, @ModelAttribute("filter") CallApplications.Filter filter,
            HttpServletResponse response) throws IOException {
        calls.get(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"applications-" + id + ".xlsx\"");
        applications.xlsx(id, filter, LocaleContextHolder.getLocale(),
                response.getOutputStream());
    }

    @GetMapping("/admin/calls/new")
    String create(Model model, @ModelAttribute("ui") Ui ui) {
        var form = CallForm.defaults(LocalDateTime.now(Morocco.ZONE));
        return form(model, ui, null, new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping("/admin/calls")
    String publish(@Valid @ModelAttribute("form") CallForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        CompleteValidation.validateRest(binding, CallForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            long id = calls.publish(form);
            redirect.addFlashAttribute("flash", "funding.flash.saved");
            return "redirect:/calls/" + id;
        }, () -> form(model, ui, null, binding));
    }

    @GetMapping("/admin/calls/{id}/edit")
    String edit(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var form = CallForm.of(calls.get(id));
        return form(model, ui, id, new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping("/admin/calls/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") CallForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        calls.get(id);
        CompleteValidation.validateRest(binding, CallForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            calls.change(id, form);
            redirect.addFlashAttribute("flash", "funding.flash.saved");
            return "redirect:/calls/" + id;
        }, () -> form(model, ui, id, binding));
    }

    private String form(Model model, Ui ui, Long id, BindingResult binding) {
        model.addAttribute("form", new Form(binding, ui, ALIASES));
        model.addAttribute("callId", id);
        model.addAttribute("communes", communes.sortedFor(ui.locale()));
        model.addAttribute("documents", RequiredDocument.forApplications().toArray(RequiredDocument[]::new));
        model.addAttribute("programmes", trainingRecord.programmes());
        return "funding/call-form";
    }
}
