package ma.tiwizi.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Flash;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.territory.CommuneDirectory;
import ma.tiwizi.training.internal.Certificates;
import ma.tiwizi.training.internal.Enrolments;
import ma.tiwizi.training.internal.InviteForm;
import ma.tiwizi.training.internal.ParticipantForm;
import ma.tiwizi.training.internal.Programmes;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpStatus;
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

/** A session's invitations and participants (ADMIN), and a cooperative's invitations (COOP). */
@Controller
class EnrolmentController {

    private final Enrolments enrolments;
    private final Programmes programmes;
    private final CommuneDirectory communes;
    private final Validator validator;
    private final ConversionService conversions;
    private final Certificates certificates;

    EnrolmentController(Enrolments enrolments, Programmes programmes, CommuneDirectory communes, Validator validator,
            @Qualifier("mvcConversionService") ConversionService conversions,
            Certificates certificates) {
        this.certificates = certificates;
        this.enrolments = enrolments;
        this.programmes = programmes;
        this.communes = communes;
        this.validator = validator;
        this.conversions = conversions;
    }

    @GetMapping("/admin/training/sessions/{id}")
    String session(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var session = enrolments.session(id);
        model.addAttribute("session", session);
        model.addAttribute("programme", programmes.get(session.programmeId()));
        model.addAttribute("module", programmes.moduleById(session.moduleId()));
        model.addAttribute("participants", enrolments.participants(id));
        model.addAttribute("invited", enrolments.invitedCount(id));
        model.addAttribute("cercles", communes.cercles(ui.locale()));
        return "training/session";
    }

    @PostMapping("/admin/training/sessions/{id}/invite")
    String invite(@PathVariable long id, @ModelAttribute InviteForm form, RedirectAttributes redirect) {
        int invited = enrolments.invite(id, form);
        Flash.success(redirect, invited == 0 ? "training.flash.noneInvited" : "training.flash.invited", invited);
        return "redirect:/admin/training/sessions/" + id;
    }

    @GetMapping("/training/invitations")
    String mine(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("invitations", enrolments.mine(PageOf.clampPage(page)));
        model.addAttribute("modules", programmes.modules());
        return "training/invitations";
    }

    @GetMapping("/training/invitations/{id}")
    String invitation(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        return invitationPage(id, model, ui, new DirectFieldBindingResult(ParticipantForm.blank(), "form"));
    }

    @PostMapping("/training/invitations/{id}/participants")
    String enrol(@PathVariable long id, @Valid @ModelAttribute("form") ParticipantForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        CompleteValidation.validateRest(binding, ParticipantForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            var seat = enrolments.enrol(id, form);
            redirect.addFlashAttribute("flash", "training.flash.enrolled." + seat.name());
            return "redirect:/training/invitations/" + id;
        }, () -> invitationPage(id, model, ui, binding));
    }

    @PostMapping("/training/invitations/{id}/satisfaction")
    String rate(@PathVariable long id, @RequestParam(required = false) Integer satisfaction, Model model,
            @ModelAttribute("ui") Ui ui, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            enrolments.rate(id, satisfaction);
        } catch (UserFacingException refusal) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", refusal.messageKey());
            return invitationPage(id, model, ui, new DirectFieldBindingResult(ParticipantForm.blank(), "form"));
        }
        redirect.addFlashAttribute("flash", "training.flash.rated");
        return "redirect:/training/invitations/" + id;
    }

    @PostMapping("/training/invitations/{id}/participants/{participant}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long participant, RedirectAttributes redirect) {
        enrolments.withdraw(participant);
        redirect.addFlashAttribute("flash", "training.flash.withdrawn");
        return "redirect:/training/invitations/" + id;
    }

    private String invitationPage(long id, Model model, Ui ui, BindingResult binding) {
        var invitation = enrolments.invitation(id);
        model.addAttribute("invitation", invitation);
        model.addAttribute("started", enrolments.started(invitation));
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", null);
        }
        model.addAttribute("module", programmes.moduleById(invitation.session().moduleId()));
        model.addAttribute("earned", certificates.earnedIn(id));
        model.addAttribute("form", new Form(binding, ui));
        return "training/invitation";
    }
}
