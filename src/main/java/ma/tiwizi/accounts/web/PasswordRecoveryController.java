package ma.tiwizi.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.PasswordRecovery;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.platform.web.Ui;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot your password?": a code by SMS to the account's own number, or a link to its e-mail address, then a new password. */
@Controller
@RequiredArgsConstructor
class PasswordRecoveryController {

    private final PasswordRecovery recovery;

    @GetMapping("/password/forgot")
    String forgot() {
        return "accounts/forgot";
    }

    @PostMapping("/password/forgot")
    @OnRefusal("/password/forgot")
    String request(@RequestParam(required = false) String phone, @ModelAttribute("ui") Ui ui,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (PasswordRecovery.isEmail(phone)) {
            recovery.requestByEmail(phone, request.getRemoteAddr(), ui.locale());
            redirect.addFlashAttribute("flash", "accounts.flash.linkSent");
            return "redirect:/password/forgot";
        }
        String number = recovery.request(phone, request.getRemoteAddr(), ui.locale());
        redirect.addFlashAttribute("flash", "accounts.flash.codeSent");
        redirect.addAttribute("phone", number);
        return "redirect:/password/reset";
    }

    @GetMapping("/password/link/{token}")
    String link(@PathVariable String token, Model model) {
        recovery.checkLink(token);
        model.addAttribute("token", token);
        return "accounts/reset-link";
    }

    @PostMapping("/password/link/{token}")
    @OnRefusal("/password/link/{token}")
    String resetByLink(@PathVariable String token, @RequestParam(required = false) String newPassword,
            RedirectAttributes redirect) {
        recovery.resetByLink(token, newPassword);
        redirect.addFlashAttribute("flash", "accounts.flash.passwordReset");
        return "redirect:/login";
    }

    @GetMapping("/password/reset")
    String reset(@RequestParam(required = false) String phone, Model model) {
        model.addAttribute("phone", phone == null ? "" : phone);
        return "accounts/reset";
    }

    @PostMapping("/password/reset")
    @OnRefusal("/password/reset?phone={phone}")
    String reset(@RequestParam(required = false) String phone, @RequestParam(required = false) String code,
            @RequestParam(required = false) String newPassword, RedirectAttributes redirect) {
        recovery.reset(phone, code, newPassword);
        redirect.addFlashAttribute("flash", "accounts.flash.passwordReset");
        return "redirect:/login";
    }
}
