package ma.tiwizi.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.training.internal.ModuleForm;
import ma.tiwizi.training.internal.ProgrammeForm;
import ma.tiwizi.training.internal.ProgrammeReport;
import ma.tiwizi.training.internal.Programmes;
import ma.tiwizi.training.internal.SessionForm;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Training programmes, their sessions and the module catalogue (URL rule: /admin/** is ADMIN). */
@Controller
class ProgrammeController {

    private final Programmes programmes;
    private final AccountDirectory accounts;
    private final Validator validator;
    private final ConversionService conversions;
    private final ProgrammeReport report;

    ProgrammeController(Programmes programmes, AccountDirectory accounts, Validator validator,
            @Qualifier("mvcConversionService") ConversionService conversions, ProgrammeReport report) {
        this.report = report;
        this.programmes = programmes;
        this.accounts = accounts;
        this.validator = validator;
        this.conversions = conversions;
    }

    @GetMapping("/admin/training")
    String list(@RequestParam(required = false) Integer page, Model model, @ModelAttribute("ui") Ui ui) {
        model.addAttribute("programmes", programmes.list(PageOf.clampPage(page)));
        var blank = ProgrammeForm.blank();
        model.addAttribute("form", new Form(new DirectFieldBindingResult(blank, "form"), ui));
        return "training/programmes";
    }

    @PostMapping("/admin/training")
    String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        CompleteValidation.validateRest(binding, ProgrammeForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            long id = programmes.create(form);
            redirect.addFlashAttribute("flash", "training.flash.created");
            return "redirect:/admin/training/" + id;
        }, () -> {
            model.addAttribute("programmes", programmes.list(1));
            model.addAttribute("form", new Form(binding, ui, Map.of("endsAfterStarts", "endsOn")));
            return "training/programmes";
        });
    }

    @GetMapping("/admin/training/{id}")
    String show(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var empty = new SessionForm(null, null, null, null, null, "", 25);
        return page(id, model, ui, new DirectFieldBindingResult(empty, "form"));
    }

    @PostMapping("/admin/training/{id}/sessions")
    String schedule(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        CompleteValidation.validateRest(binding, SessionForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            programmes.schedule(id, form);
            redirect.addFlashAttribute("flash", "training.flash.scheduled");
            return "redirect:/admin/training/" + id;
        }, () -> page(id, model, ui, binding));
    }

    @GetMapping("/admin/training/{id}/report")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("report", report.of(id));
        return "training/report";
    }

    @GetMapping("/admin/training/{id}/report.xlsx")
    ResponseEntity<byte[]> reportXlsx(@PathVariable long id, @ModelAttribute("ui") Ui ui) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http
                        .ContentDisposition.attachment().filename("programme-" + id + ".xlsx").build().toString())
                .body(report.xlsx(id, ui.locale()));
    }

    @GetMapping("/admin/training/modules")
    String modules(Model model) {
        model.addAttribute("modules", programmes.modules());
        return "training/modules";
    }

    @GetMapping("/admin/training/modules/new")
    String newModule(Model model, @ModelAttribute("ui") Ui ui) {
        return moduleForm(null, model, ui, new DirectFieldBindingResult(ModuleForm.blank(), "form"));
    }

    @GetMapping("/admin/training/modules/{id}")
    String editModule(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var editable = programmes.module(id);
        var form = ModuleForm.of(editable.module(), editable.version());
        return moduleForm(id, model, ui, new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping({"/admin/training/modules/new", "/admin/training/modules/{id}"})
    String saveModule(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") ModuleForm form,
            BindingResult binding, Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        CompleteValidation.validateRest(binding, ModuleForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            if (id == null) {
                programmes.addModule(form);
            } else {
                programmes.editModule(id, form);
            }
            redirect.addFlashAttribute("flash", "training.flash.moduleSaved");
            return "redirect:/admin/training/modules";
        }, () -> moduleForm(id, model, ui, binding));
    }

    private String moduleForm(Long id, Model model, Ui ui, BindingResult binding) {
        model.addAttribute("moduleId", id);
        model.addAttribute("form", new Form(binding, ui));
        return "training/module";
    }

    private String page(long id, Model model, Ui ui, BindingResult binding) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("sessions", programmes.sessions(id));
        model.addAttribute("modules", programmes.modules());
        model.addAttribute("trainers", accounts.withRole(Role.TRAINER));
        model.addAttribute("form", new Form(binding, ui, Map.of("endsAfterStarts", "endsAt")));
        return "training/programme";
    }
}
