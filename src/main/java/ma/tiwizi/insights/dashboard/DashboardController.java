package ma.tiwizi.insights.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.platform.web.Flash;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.territory.CommuneDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme dashboard (ADMIN): filters, indicators with their definitions, charts, table by commune, exports. */
@Controller
@RequiredArgsConstructor
class DashboardController {

    static final int COMMUNES_PER_PAGE = 50;

    private final Dashboard dashboard;
    private final DashboardExport export;
    private final Analytics analytics;
    private final CommuneDirectory communes;
    private final Lists lists;

    @GetMapping("/admin/insights")
    String show(@ModelAttribute("filter") DashboardFilter filter, BindingResult binding,
            @RequestParam(required = false) Integer page, Model model, @ModelAttribute("ui") Ui ui,
            HttpServletResponse response) {
        String problem = binding.hasErrors() ? "insights.error.typed" : null;
        Object[] problemArgs = {};
        Dashboard.View view;
        try {
            view = dashboard.view(binding.hasErrors() ? DashboardFilter.none() : filter);
        } catch (UserFacingException refused) {
            problem = refused.messageKey();
            problemArgs = refused.arguments();
            view = dashboard.view(DashboardFilter.none());
        }
        if (problem != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        if (binding.hasErrors()) {
            model.addAttribute("filter", DashboardFilter.none());
        }
        model.addAttribute("problem", problem);
        model.addAttribute("problemArgs", problemArgs);
        model.addAttribute("view", view);
        model.addAttribute("indicators", Indicators.of(view, ui.query()));
        model.addAttribute("communes", communes);
        // a national list of 1,500 communes would weigh on every page: offer those of the chosen area, or all if few
        var area = view.scope().communeIds();
        var choices = communes.sortedFor(ui.locale()).stream()
                .filter(c -> area == null || area.contains(c.id())).toList();
        model.addAttribute("sortedCommunes", choices.size() <= CommuneDirectory.MAX_CHOICES ? choices : List.of());
        model.addAttribute("cercles", communes.cercles(ui.locale()));
        model.addAttribute("provinces", communes.provinces(ui.locale()));
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("query", ui.query());
        int pages = Math.max(1, (view.byCommune().size() + COMMUNES_PER_PAGE - 1) / COMMUNES_PER_PAGE);
        model.addAttribute("page", Math.min(PageOf.clampPage(page), pages));
        model.addAttribute("pages", pages);
        model.addAttribute("size", COMMUNES_PER_PAGE);
        return "insights/dashboard";
    }

    /**
     * Streams the workbook to the browser as it is written, so a large selection never fills memory. A filter the
     * dashboard cannot apply leads back to the dashboard, which explains it.
     */
    @GetMapping("/admin/insights.xlsx")
    void xlsx(@ModelAttribute("filter") DashboardFilter filter, BindingResult binding, @ModelAttribute("ui") Ui ui,
            HttpServletResponse response) throws IOException {
        var view = viewOrNull(filter, binding);
        if (view == null) {
            response.sendRedirect(dashboardOf(ui));
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("tiwizi-dashboard.xlsx").build().toString());
        export.xlsx(view, ui.locale(), response.getOutputStream());
    }

    @GetMapping("/admin/insights.pdf")
    ResponseEntity<byte[]> pdf(@ModelAttribute("filter") DashboardFilter filter, BindingResult binding,
            @RequestParam(defaultValue = "ar") String language, @ModelAttribute("ui") Ui ui) {
        var view = viewOrNull(filter, binding);
        if (view == null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(dashboardOf(ui))).build();
        }
        Locale locale = "fr".equals(language) ? Locale.FRENCH : Locale.forLanguageTag("ar");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("tiwizi-dashboard-" + locale.getLanguage() + ".pdf").build().toString())
                .body(export.pdf(view, locale));
    }

    /** The view of an export's filter, or null when the dashboard would refuse it (it says why on its own page). */
    private Dashboard.View viewOrNull(DashboardFilter filter, BindingResult binding) {
        if (binding.hasErrors()) {
            return null;
        }
        try {
            return dashboard.view(filter);
        } catch (UserFacingException refused) {
            return null;
        }
    }

    /** The dashboard with the export's own filters, where a refused filter is explained. */
    private static String dashboardOf(Ui ui) {
        String query = ui.query().replaceAll("(^|&)language=[^&]*", "").replaceFirst("^&", "");
        return "/admin/insights" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The records behind one of the dashboard's numbers, with the dashboard's filters. */
    @GetMapping("/admin/insights/list")
    String list(@RequestParam String indicator, @ModelAttribute("filter") DashboardFilter filter,
            @RequestParam(required = false) Integer page, Model model, @ModelAttribute("ui") Ui ui) {
        if (!Lists.has(indicator)) {
            throw new NotFoundException("list", indicator);
        }
        var scope = dashboard.scope(filter);
        model.addAttribute("indicator", indicator);
        model.addAttribute("scope", scope);
        model.addAttribute("filters", export.describe(scope, ui.locale()));
        model.addAttribute("lines", lists.of(indicator, scope, PageOf.clampPage(page)));
        model.addAttribute("back", "/admin/insights?" + ui.query().replaceAll("(^|&)(indicator|page)=[^&]*", "")
                .replaceFirst("^&", ""));
        return "insights/list";
    }

    @PostMapping("/admin/insights/rebuild")
    String rebuild(RedirectAttributes redirect) {
        long millis = analytics.rebuild();
        Flash.success(redirect, "insights.flash.rebuilt", millis);
        return "redirect:/admin/insights";
    }
}
