package ma.tiwizi.administration.calendar;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.CooperativeSearch;
import ma.tiwizi.territory.CommuneDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The committee's view of which cooperatives are in order with law 112-12, filtered like the registry. */
@Controller
@RequiredArgsConstructor
class ComplianceController {

    private final Compliance compliance;
    private final CommuneDirectory communes;

    @GetMapping("/admin/compliance")
    String list(@ModelAttribute("search") CooperativeSearch search, Model model, @ModelAttribute("ui") Ui ui) {
        model.addAttribute("standing", compliance.of(search));
        model.addAttribute("communes", communes.sortedFor(ui.locale()));
        return "administration/compliance";
    }
}
