package ma.tiwizi.registry.web;

import ma.tiwizi.platform.AdminOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.StaffOnly;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.spreadsheet.CooperativeExport;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.CooperativeSearch;
import ma.tiwizi.registry.CooperativeStatus;
import ma.tiwizi.registry.CooperativeView;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import ma.tiwizi.territory.CommuneDirectory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry's pages: the list with search and filters, a cooperative's page, its form, its status, exports. */
@Controller
@RequestMapping("/cooperatives")
class CooperativeController {

    /** Cross-field checks shown beside the field they concern. */
    static final Map<String, String> ALIASES = Map.of("womenUnder35WithinWomen", "womenUnder35",
            "menUnder35WithinMen", "menUnder35", "birthYearPast", "presidentBirthYear");

    private final CooperativeRegistry registry;
    private final CooperativeExport export;
    private final CommuneDirectory communes;
    private final Validator validator;
    private final ConversionService conversions;

    CooperativeController(CooperativeRegistry registry, CooperativeExport export, CommuneDirectory communes,
            Validator validator, @Qualifier("mvcConversionService") ConversionService conversions) {
        this.conversions = conversions;
        this.validator = validator;
        this.registry = registry;
        this.export = export;
        this.communes = communes;
    }

    @GetMapping
    String list(@ModelAttribute("search") CooperativeSearch search, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        var user = CurrentUser.require();
        if (!user.isStaff()) {
            return "redirect:/cooperatives/" + user.cooperativeId();
        }
        model.addAttribute("results", registry.browse(search));
        model.addAttribute("communes", communes);
        return htmx != null ? "registry/results" : "registry/list";
    }

    @GetMapping("/new")
    @AdminOnly
    String create(Model model, @ModelAttribute("ui") Ui ui) {
        var form = CooperativeForm.empty();
        return form(model, ui, form, new DirectFieldBindingResult(form, "form"), null);
    }

    @PostMapping
    @AdminOnly
    String register(@Valid @ModelAttribute("form") CooperativeForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        CompleteValidation.validateRest(binding, CooperativeForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            long id = registry.register(form);
            redirect.addFlashAttribute("flash", "registry.flash.registered");
            return "redirect:/cooperatives/" + id;
        }, () -> form(model, ui, form, binding, null));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var cooperative = registry.get(id);
        model.addAttribute("cooperative", cooperative);
        model.addAttribute("commune", communes.find(cooperative.communeId()).orElse(null));
        return "registry/show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("@access.editsCooperative(#id)")
    String edit(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var cooperative = registry.get(id);
        var form = cooperative.toForm();
        return form(model, ui, form, new DirectFieldBindingResult(form, "form"),
                cooperative);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CooperativeForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        var cooperative = registry.get(id);
        CompleteValidation.validateRest(binding, CooperativeForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            registry.update(id, form);
            redirect.addFlashAttribute("flash", "registry.flash.saved");
            return "redirect:/cooperatives/" + id;
        }, () -> form(model, ui, form, binding, cooperative));
    }

    @PostMapping("/{id}/status")
    @AdminOnly
    @OnRefusal("/cooperatives/{id}")
    String status(@PathVariable long id, @RequestParam CooperativeStatus status, RedirectAttributes redirect) {
        registry.changeStatus(id, status);
        redirect.addFlashAttribute("flash", "registry.flash.status");
        return "redirect:/cooperatives/" + id;
    }

    @GetMapping("/export.xlsx")
    @StaffOnly
    void exportXlsx(@ModelAttribute("search") CooperativeSearch search, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"cooperatives.xlsx\"");
        export.xlsx(search, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @GetMapping("/export.csv")
    @StaffOnly
    void exportCsv(@ModelAttribute("search") CooperativeSearch search, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cooperatives.csv\"");
        export.csv(search, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    private String form(Model model, Ui ui, CooperativeForm form, BindingResult binding, CooperativeView existing) {
        model.addAttribute("form", new Form(binding, ui, ALIASES));
        model.addAttribute("existing", existing);
        model.addAttribute("communes", communes.sortedFor(ui.locale()));
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("identityLocked", existing != null && !CurrentUser.require().isAdmin());
        return "registry/form";
    }
}
