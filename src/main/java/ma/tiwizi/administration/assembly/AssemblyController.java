package ma.tiwizi.administration.assembly;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.administration.rules.AssemblyKind;
import ma.tiwizi.administration.rules.Majority;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.config.Locales;
import ma.tiwizi.platform.pdf.PdfRenderer;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Flash;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * General assemblies on a phone: prepare one with its agenda, send the notice in time, mark who came, watch the
 * quorum, record each item's votes, and print the convocation and the minutes.
 */
@Controller
class AssemblyController {

    private final Assemblies assemblies;
    private final MemberRegister register;
    private final CooperativeRegistry registry;
    private final PdfRenderer pdf;
    private final Validator validator;
    private final ConversionService conversions;
    private final Clock clock;

    AssemblyController(Assemblies assemblies, MemberRegister register, CooperativeRegistry registry,
            PdfRenderer pdf, Validator validator, @Qualifier("mvcConversionService") ConversionService conversions,
            Clock clock) {
        this.assemblies = assemblies;
        this.register = register;
        this.registry = registry;
        this.pdf = pdf;
        this.validator = validator;
        this.conversions = conversions;
        this.clock = clock;
    }

    @GetMapping("/administration/assemblies")
    @CooperativeOnly
    String mine(Model model) {
        return list(CurrentUser.require().cooperativeId(), model);
    }

    @GetMapping("/cooperatives/{id}/assemblies")
    String of(@PathVariable long id, Model model) {
        return list(id, model);
    }

    @GetMapping("/administration/assemblies/new")
    @CooperativeOnly
    String create(Model model, @ModelAttribute("ui") Ui ui) {
        return form(model, ui, new DirectFieldBindingResult(AssemblyForm.blank(), "form"));
    }

    @PostMapping("/administration/assemblies")
    @CooperativeOnly
    String prepare(@Valid @ModelAttribute("form") AssemblyForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response) {
        CompleteValidation.validateRest(binding, AssemblyForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> "redirect:/administration/assemblies/" + assemblies.prepare(form),
                () -> form(model, ui, binding));
    }

    @PostMapping("/administration/assemblies/{id}/items/{position}/admissions")
    @OnRefusal("/administration/assemblies/{id}#item-{position}")
    String admit(@PathVariable long id, @PathVariable int position,
            @RequestParam(value = "candidate", required = false) List<Long> chosen, RedirectAttributes redirect) {
        Flash.success(redirect, "administration.flash.admittedByAssembly",
                assemblies.admit(id, position, chosen == null ? List.of() : chosen));
        return "redirect:/administration/assemblies/" + id + "#item-" + position;
    }

    @PostMapping("/administration/assemblies/{id}/items/{position}/ratification")
    @OnRefusal("/administration/assemblies/{id}#item-{position}")
    String ratify(@PathVariable long id, @PathVariable int position, RedirectAttributes redirect) {
        Flash.success(redirect, "administration.flash.ratified", assemblies.ratifyTransfers(id, position));
        return "redirect:/administration/assemblies/" + id + "#item-" + position;
    }

    @PostMapping("/administration/assemblies/{id}/items/{position}/exclusion")
    @OnRefusal("/administration/assemblies/{id}#item-{position}")
    String exclude(@PathVariable long id, @PathVariable int position, @RequestParam long memberId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate heardOn,
            RedirectAttributes redirect) {
        assemblies.exclude(id, position, memberId, heardOn);
        redirect.addFlashAttribute("flash", "administration.flash.excluded");
        return "redirect:/administration/members/" + memberId;
    }

    @GetMapping("/administration/assemblies/{id}")
    String show(@PathVariable long id, Model model) {
        var assembly = assemblies.get(id);
        model.addAttribute("assembly", assembly);
        model.addAttribute("cooperative", registry.get(assembly.cooperativeId()));
        model.addAttribute("members", register.current(assembly.cooperativeId()));
        model.addAttribute("transfersToRatify", register.transfersToRatify(assembly.cooperativeId()));
        model.addAttribute("candidates", register.candidates(assembly.cooperativeId()));
        model.addAttribute("holds", CurrentUser.require().ownsCooperative(assembly.cooperativeId()));
        model.addAttribute("today", LocalDate.now(clock.withZone(Morocco.ZONE)));
        return "administration/assembly";
    }

    @PostMapping("/administration/assemblies/{id}/notice")
    @OnRefusal("/administration/assemblies/{id}#notice")
    String noticeSent(@PathVariable long id, @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate sentOn,
            RedirectAttributes redirect) {
        assemblies.noticeSent(id, sentOn);
        redirect.addFlashAttribute("flash", "administration.flash.noticeSent");
        return "redirect:/administration/assemblies/" + id + "#attendance";
    }

    @PostMapping("/administration/assemblies/{id}/attendance")
    @OnRefusal("/administration/assemblies/{id}#attendance")
    String attendance(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        var presence = new HashMap<Long, String>();
        var proxies = new HashMap<Long, Long>();
        params.forEach((name, value) -> {
            if (name.startsWith("presence_") && value.matches("PRESENT|REPRESENTED|ABSENT")) {
                presence.put(Long.parseLong(name.substring(9)), value);
            }
            if (name.startsWith("proxy_") && value.matches("\\d{1,18}")) {
                proxies.put(Long.parseLong(name.substring(6)), Long.parseLong(value));
            }
        });
        assemblies.recordAttendance(id, presence, proxies);
        redirect.addFlashAttribute("flash", "administration.flash.attendance");
        return "redirect:/administration/assemblies/" + id + "#quorum";
    }

    @PostMapping("/administration/assemblies/{id}/items/{position}")
    @OnRefusal("/administration/assemblies/{id}#item-{position}")
    String vote(@PathVariable long id, @PathVariable int position, @RequestParam int inFavour,
            @RequestParam int against, @RequestParam(defaultValue = "0") int abstentions,
            @RequestParam(required = false) Boolean chairInFavour, RedirectAttributes redirect) {
        if (inFavour < 0 || against < 0 || abstentions < 0) {
            throw new AdministrationRefused("administration.error.votes", null);
        }
        assemblies.vote(id, position, new Majority.Votes(inFavour, against, abstentions), chairInFavour);
        redirect.addFlashAttribute("flash", "administration.flash.voted");
        return "redirect:/administration/assemblies/" + id + "#item-" + position;
    }

    @PostMapping("/administration/assemblies/{id}/call-again")
    @OnRefusal("/administration/assemblies/{id}#quorum")
    String callAgain(@PathVariable long id, @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate heldOn,
            RedirectAttributes redirect) {
        assemblies.callAgain(id, heldOn);
        redirect.addFlashAttribute("flash", "administration.flash.calledAgain");
        return "redirect:/administration/assemblies/" + id + "#notice";
    }

    @PostMapping("/administration/assemblies/{id}/signed-minutes")
    @OnRefusal("/administration/assemblies/{id}#signed-minutes")
    String attachSignedMinutes(@PathVariable long id,
            @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        assemblies.attachSignedMinutes(id, file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes());
        redirect.addFlashAttribute("flash", "administration.flash.signedMinutes");
        return "redirect:/administration/assemblies/" + id + "#signed-minutes";
    }

    @GetMapping("/administration/assemblies/{id}/signed-minutes")
    void signedMinutes(@PathVariable long id, HttpServletResponse response) throws IOException {
        var scan = assemblies.signedMinutes(id);
        response.setContentType(scan.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(scan.filename(), StandardCharsets.UTF_8).build().toString());
        response.getOutputStream().write(scan.content());
    }

    @GetMapping("/administration/assemblies/{id}/convocation.pdf")
    void convocation(@PathVariable long id, @RequestParam(defaultValue = "ar") String lang,
            HttpServletResponse response) throws IOException {
        document(id, "administration/convocation-pdf.jte", "convocation", lang, response);
    }

    @GetMapping("/administration/assemblies/{id}/minutes.pdf")
    void minutes(@PathVariable long id, @RequestParam(defaultValue = "ar") String lang,
            HttpServletResponse response) throws IOException {
        document(id, "administration/minutes-pdf.jte", "minutes", lang, response);
    }

    private void document(long id, String template, String name, String lang, HttpServletResponse response)
            throws IOException {
        var assembly = assemblies.get(id);
        Locale locale = "fr".equals(lang) ? Locales.FRENCH : Locales.ARABIC;
        byte[] bytes = pdf.render(template, Map.of("assembly", assembly,
                "cooperative", registry.get(assembly.cooperativeId()),
                "members", register.current(assembly.cooperativeId())), locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "-" + id + ".pdf\"");
        response.getOutputStream().write(bytes);
    }

    private String list(long cooperativeId, Model model) {
        model.addAttribute("cooperative", registry.get(cooperativeId));
        model.addAttribute("assemblies", assemblies.of(cooperativeId));
        model.addAttribute("holds", CurrentUser.require().ownsCooperative(cooperativeId));
        return "administration/assemblies";
    }

    private String form(Model model, Ui ui, BindingResult binding) {
        model.addAttribute("form", new Form(binding, ui, Map.of("agendaItemsFit", "agenda")));
        model.addAttribute("kinds", AssemblyKind.values());
        return "administration/assembly-form";
    }
}
