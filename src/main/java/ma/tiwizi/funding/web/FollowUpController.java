package ma.tiwizi.funding.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.internal.Applications;
import ma.tiwizi.funding.internal.Disbursements;
import ma.tiwizi.funding.internal.ReceiptPdf;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.config.Locales;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After approval: the agreement, its PDF and signed scan, the tranches and the follow-up visits. */
@Controller
@RequiredArgsConstructor
class FollowUpController {

    private final Disbursements disbursements;
    private final Applications applications;
    private final CooperativeRegistry registry;
    private final ReceiptPdf documents;

    @GetMapping("/applications/{id}/follow-up")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("follow", disbursements.follow(id));
        return "funding/follow-up";
    }

    @PostMapping("/applications/{id}/agreement")
    @OnRefusal("/applications/{id}/follow-up")
    String create(@PathVariable long id, @RequestParam String obligations,
            @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate startsOn,
            @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate endsOn, RedirectAttributes redirect) {
        return act(id, redirect, () -> disbursements.createAgreement(id,
                new Disbursements.AgreementForm(obligations, startsOn, endsOn)), "funding.flash.agreement");
    }

    @GetMapping("/applications/{id}/agreement.pdf")
    void pdf(@PathVariable long id, @RequestParam(defaultValue = "ar") String lang, HttpServletResponse response)
            throws IOException {
        var follow = disbursements.follow(id);
        var agreement = follow.agreement().orElseThrow(() ->
                new NotFoundException("agreement", id));
        Locale locale = "fr".equals(lang) ? Locales.FRENCH : Locales.ARABIC;
        byte[] pdf = documents.agreement(follow.application(), agreement, applications.callOf(follow.application()),
                registry.get(follow.application().cooperativeId()), follow.tranches(), locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"agreement-" + id + ".pdf\"");
        response.getOutputStream().write(pdf);
    }

    @PostMapping("/applications/{id}/agreement/signed")
    @OnRefusal("/applications/{id}/follow-up")
    String signed(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return act(id, redirect, () -> disbursements.uploadSignedAgreement(id, name, content),
                "funding.flash.signed");
    }

    @PostMapping("/applications/{id}/tranches/{tranche}/release")
    @OnRefusal("/applications/{id}/follow-up")
    String release(@PathVariable long id, @PathVariable int tranche, @RequestParam String paymentReference,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> disbursements.release(id, tranche, paymentReference), "funding.flash.released");
    }

    @PostMapping("/applications/{id}/visits")
    @OnRefusal("/applications/{id}/follow-up")
    String visit(@PathVariable long id, @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate visitedOn,
            @RequestParam int progress, @RequestParam String projectStatus, @RequestParam int jobsWomen,
            @RequestParam int jobsMen, @RequestParam int jobsYouth, @RequestParam(required = false) BigDecimal revenue,
            @RequestParam String findings, @RequestParam(defaultValue = "false") boolean equipmentInPlace,
            @RequestParam(value = "photos", required = false) List<MultipartFile> photos,
            RedirectAttributes redirect) throws IOException {
        var pictures = new ArrayList<Disbursements.Photo>();
        for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
            if (!photo.isEmpty()) {
                pictures.add(new Disbursements.Photo(photo.getOriginalFilename(), photo.getContentType(),
                        photo.getBytes()));
            }
        }
        return act(id, redirect, () -> disbursements.recordVisit(id, new Disbursements.Visit(visitedOn, progress,
                projectStatus, jobsWomen, jobsMen, jobsYouth, revenue, equipmentInPlace, findings, null,
                List.of()),
                pictures), "funding.flash.visit");
    }

    @GetMapping("/applications/{id}/photos/{photo}")
    void photo(@PathVariable long id, @PathVariable long photo, HttpServletResponse response) throws IOException {
        var picture = disbursements.photo(id, photo);
        response.setContentType(picture.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(picture.content());
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String success) {
        action.run();
        redirect.addFlashAttribute("flash", success);
        return "redirect:/applications/" + id + "/follow-up";
    }
}
