package ma.tiwizi.funding.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.bizplan.BusinessPlans;
import ma.tiwizi.funding.internal.ApplicationForms;
import ma.tiwizi.funding.internal.ApplicationView;
import ma.tiwizi.funding.internal.Applications;
import ma.tiwizi.funding.internal.BudgetCategory;
import ma.tiwizi.funding.internal.ReceiptPdf;
import ma.tiwizi.funding.internal.RequiredDocument;
import ma.tiwizi.funding.internal.Reviews;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.config.Locales;
import ma.tiwizi.platform.web.Downloads;
import ma.tiwizi.platform.web.Flash;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guided application, one step per page (project, budget, financing, documents), then a page to check the
 * answers, submit and follow the status. Every step saves as the user types (htmx) and on "save and continue".
 */
@Controller
@RequiredArgsConstructor
class ApplicationController {

    private final Applications applications;
    private final CooperativeRegistry registry;
    private final ReceiptPdf receipts;
    private final MessageSource messages;
    private final BusinessPlans plans;
    private final Reviews reviews;
    private final AccountDirectory accounts;

    @GetMapping("/applications")
    String mine(Model model) {
        model.addAttribute("applications", applications.mine());
        return "funding/applications";
    }

    @PostMapping("/calls/{callId}/apply")
    @OnRefusal("/calls/{callId}")
    String apply(@PathVariable long callId) {
        Locale locale = LocaleContextHolder.getLocale();
        long id = applications.start(callId, cooperative -> messages.getMessage(
                "registry.sector." + registry.get(cooperative).sector().name(), null, locale));
        return "redirect:/applications/" + id + "/project";
    }

    @GetMapping("/applications/{id}")
    String show(@PathVariable long id, Model model) {
        var application = applications.get(id);
        model.addAttribute("application", application);
        model.addAttribute("call", applications.callOf(application));
        model.addAttribute("cooperative", registry.get(application.cooperativeId()));
        model.addAttribute("reviews", reviews.ofApplication(id));
        model.addAttribute("reviewers", CurrentUser.require().isAdmin()
                ? accounts.withRole(Role.REVIEWER) : List.of());
        model.addAttribute("plan", application.planId() == null ? null
                : plans.evaluate(plans.version(application.planId(), application.planVersion()).input()));
        return "funding/application";
    }

    @GetMapping("/applications/{id}/project")
    String project(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var a = applications.get(id);
        var form = new ApplicationForms.Project(a.title(), a.valueChain(), a.description(), a.jobsWomen(),
                a.jobsYouth());
        return step(model, ui, a, "project", new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping("/applications/{id}/project")
    @OnRefusal("/applications/{id}")
    String saveProject(@PathVariable long id, @Valid @ModelAttribute("form") ApplicationForms.Project form,
            BindingResult binding, Model model, @ModelAttribute("ui") Ui ui, HttpServletResponse response,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        if (!binding.hasErrors()) {
            applications.saveProject(id, form);
        }
        return after(id, "project", "budget", binding, model, ui, response, htmx);
    }

    @GetMapping("/applications/{id}/budget")
    String budget(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var a = applications.get(id);
        var form = new ApplicationForms.Budget(a.lines().stream()
                .map(l -> new ApplicationForms.BudgetRow(l.category(), l.label(), l.amount())).toList());
        return step(model, ui, a, "budget", new DirectFieldBindingResult(
                new ApplicationForms.Budget(form.padded()), "form"));
    }

    @PostMapping("/applications/{id}/budget")
    @OnRefusal("/applications/{id}")
    String saveBudget(@PathVariable long id, @Valid @ModelAttribute("form") ApplicationForms.Budget form,
            BindingResult binding, Model model, @ModelAttribute("ui") Ui ui, HttpServletResponse response,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        if (!binding.hasErrors()) {
            applications.saveBudget(id, form);
        }
        return after(id, "budget", "financing", binding, model, ui, response, htmx);
    }

    @PostMapping("/applications/{id}/from-plan")
    @OnRefusal("/applications/{id}")
    String fromPlan(@PathVariable long id, @RequestParam String plan, RedirectAttributes redirect) {
        String[] parts = plan.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            Flash.error(redirect, "funding.error.plan");
            return "redirect:/applications/" + id + "/budget";
        }
        applications.useBusinessPlan(id, Long.parseLong(parts[0]), Integer.parseInt(parts[1]),
                messages.getMessage("funding.plan.workingCapital", null, LocaleContextHolder.getLocale()));
        redirect.addFlashAttribute("flash", "funding.flash.fromPlan");
        return "redirect:/applications/" + id + "/financing";
    }

    @GetMapping("/applications/{id}/financing")
    String financing(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var a = applications.get(id);
        var form = new ApplicationForms.Financing(a.publicRequested(), a.ownCash(), a.ownInKind(), a.otherPartners(),
                a.version());
        return step(model, ui, a, "financing", new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping("/applications/{id}/financing")
    @OnRefusal("/applications/{id}")
    String saveFinancing(@PathVariable long id, @Valid @ModelAttribute("form") ApplicationForms.Financing form,
            BindingResult binding, Model model, @ModelAttribute("ui") Ui ui, HttpServletResponse response,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        if (!binding.hasErrors()) {
            applications.saveFinancing(id, form);
        }
        if (htmx != null) {
            // as they type: the exact maximum and the rules, from what is saved now
            var a = applications.get(id);
            model.addAttribute("application", a);
            model.addAttribute("call", applications.callOf(a));
            model.addAttribute("saved", !binding.hasErrors());
            return "funding/financingCheck";
        }
        return after(id, "financing", "documents", binding, model, ui, response, null);
    }

    @GetMapping("/applications/{id}/documents")
    String documents(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var a = applications.get(id);
        return step(model, ui, a, "documents", new DirectFieldBindingResult(new Object(), "form"));
    }

    @PostMapping("/applications/{id}/documents")
    @OnRefusal("/applications/{id}/documents")
    String upload(@PathVariable long id, @RequestParam RequiredDocument code,
            @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        store(id, code, file, redirect);
        return "redirect:/applications/" + id + "/documents";
    }

    /** A proof sent from the follow-up page returns there (a known place, never an address from the request). */
    @PostMapping(value = "/applications/{id}/documents", params = "back=follow-up")
    @OnRefusal("/applications/{id}/follow-up#proofs")
    String uploadProof(@PathVariable long id, @RequestParam RequiredDocument code,
            @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        store(id, code, file, redirect);
        return "redirect:/applications/" + id + "/follow-up#proofs";
    }

    private void store(long id, RequiredDocument code, MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        applications.upload(id, code, file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes());
        redirect.addFlashAttribute("flash", "funding.flash.uploaded");
    }

    @GetMapping("/applications/{id}/documents/{documentId}")
    void download(@PathVariable long id, @PathVariable long documentId, HttpServletResponse response)
            throws IOException {
        var document = applications.document(id, documentId);
        Downloads.attachment(response, document.filename(), document.contentType(), document.content());
    }

    @PostMapping("/applications/{id}/submit")
    @OnRefusal("/applications/{id}")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        applications.submit(id);
        redirect.addFlashAttribute("flash", "funding.flash.submitted");
        return "redirect:/applications/" + id;
    }

    @GetMapping("/applications/{id}/receipt.pdf")
    void receipt(@PathVariable long id, @RequestParam(defaultValue = "ar") String lang, HttpServletResponse response)
            throws IOException {
        var application = applications.get(id);
        if (application.reference() == null) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        Locale locale = "fr".equals(lang) ? Locales.FRENCH : Locales.ARABIC;
        byte[] pdf = receipts.render(application, applications.callOf(application),
                registry.get(application.cooperativeId()), locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + application.reference() + ".pdf\"");
        response.getOutputStream().write(pdf);
    }

    record ReturnForm(@NotBlank(message = "{funding.error.comment}") @Size(max = 2000) String comment,
            @NotNull(message = "{funding.error.returnDeadline}") @DateTimeFormat(pattern = "dd/MM/yyyy")
            LocalDate deadline) {
    }

    @PostMapping("/applications/{id}/complete")
    @OnRefusal("/applications/{id}")
    String complete(@PathVariable long id, RedirectAttributes redirect) {
        applications.markComplete(id);
        redirect.addFlashAttribute("flash", "funding.flash.complete");
        return "redirect:/applications/" + id;
    }

    @PostMapping("/applications/{id}/return")
    @OnRefusal("/applications/{id}")
    String returnIt(@PathVariable long id, @Valid @ModelAttribute("returnForm") ReturnForm form,
            BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Flash.error(redirect, "funding.error.returnForm");
            return "redirect:/applications/" + id;
        }
        applications.returnForCorrection(id, form.comment().strip(), form.deadline());
        redirect.addFlashAttribute("flash", "funding.flash.returned");
        return "redirect:/applications/" + id;
    }

    private String after(long id, String step, String next, BindingResult binding, Model model, Ui ui,
            HttpServletResponse response, String htmx) {
        if (htmx != null) {
            model.addAttribute("saved", !binding.hasErrors());
            return "funding/autosaved";
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return step(model, ui, applications.get(id), step, binding);
        }
        return "redirect:/applications/" + id + "/" + next;
    }

    private String step(Model model, Ui ui, ApplicationView application, String step, BindingResult binding) {
        model.addAttribute("application", application);
        model.addAttribute("call", applications.callOf(application));
        model.addAttribute("step", step);
        model.addAttribute("form", new Form(binding, ui));
        model.addAttribute("categories", BudgetCategory.values());
        model.addAttribute("plans", "budget".equals(step) && application.status().editableByApplicant()
                ? plans.ofCooperative(application.cooperativeId()) : List.of());
        return "funding/step-" + step;
    }
}
