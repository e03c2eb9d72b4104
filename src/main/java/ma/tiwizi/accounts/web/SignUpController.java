package ma.tiwizi.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.SignUpForm;
import ma.tiwizi.accounts.SignUps;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.platform.web.Ui;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A president creates her account from the sign-in page and proves her phone with the code she is sent; the committee
 * approves the requests whose phone the registry does not confirm.
 */
@Controller
@RequiredArgsConstructor
class SignUpController {

    private static final Map<String, String> ALIASES = Map.of("cooperativeNamed", "registrationNumber");

    private final SignUps signUps;

    @GetMapping("/signup")
    String form(Model model, @ModelAttribute("ui") Ui ui) {
        return page(model, ui, new DirectFieldBindingResult(SignUpForm.empty(), "form"));
    }

    @PostMapping("/signup")
    String start(@Valid @ModelAttribute("form") SignUpForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return Form.submit(binding, response, () -> {
            String token = signUps.start(form, request.getRemoteAddr(), ui.locale());
            redirect.addFlashAttribute("flash", "accounts.flash.signUpCodeSent");
            return "redirect:/signup/" + token;
        }, () -> page(model, ui, binding));
    }

    @GetMapping("/signup/{token}")
    String code(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("phone", signUps.phone(token));
        return "accounts/signup-code";
    }

    @PostMapping("/signup/{token}")
    @OnRefusal("/signup/{token}")
    String prove(@PathVariable String token, @RequestParam(required = false) String code,
            RedirectAttributes redirect) {
        var outcome = signUps.prove(token, code);
        if (outcome == SignUps.Outcome.LINKED) {
            redirect.addFlashAttribute("flash", "accounts.flash.signedUp");
            return "redirect:/login";
        }
        redirect.addFlashAttribute("flash", "accounts.flash.signUpWaiting");
        return "redirect:/login";
    }

    @GetMapping("/admin/signups")
    String waiting(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("requests", signUps.waiting(PageOf.clampPage(page), PageOf.DEFAULT_SIZE));
        return "accounts/signups";
    }

    @PostMapping("/admin/signups/{id}/approve")
    @OnRefusal("/admin/signups")
    String approve(@PathVariable long id, @RequestParam(required = false) String registrationNumber,
            RedirectAttributes redirect) {
        signUps.approve(id, registrationNumber);
        redirect.addFlashAttribute("flash", "accounts.flash.signUpApproved");
        return "redirect:/admin/signups";
    }

    @PostMapping("/admin/signups/{id}/refuse")
    @OnRefusal("/admin/signups")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        signUps.refuse(id, reason);
        redirect.addFlashAttribute("flash", "accounts.flash.signUpRefused");
        return "redirect:/admin/signups";
    }

    private String page(Model model, Ui ui, BindingResult binding) {
        model.addAttribute("form", new Form(binding, ui, ALIASES));
        return "accounts/signup";
    }
}
