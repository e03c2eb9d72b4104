package ma.tiwizi.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.accounts.ApiTokens;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.platform.web.Flash;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own page: change the password, create and revoke personal API tokens. */
@Controller
@RequestMapping("/account")
@RequiredArgsConstructor
class MyAccountController {

    private final AccountDirectory accounts;
    private final ApiTokens tokens;

    record PasswordForm(@NotBlank(message = "{accounts.error.currentPassword}") String currentPassword,
            @NotBlank(message = "{accounts.error.password}") @Size(min = 12, max = 200,
                    message = "{accounts.error.password}") String newPassword) {
    }

    record TokenForm(@NotBlank(message = "{accounts.error.tokenName}") @Size(max = 100) String name) {
    }

    @GetMapping
    String show(Model model, @ModelAttribute("ui") Ui ui) {
        var empty = new PasswordForm("", "");
        return page(model, ui, new DirectFieldBindingResult(empty, "password"));
    }

    @PostMapping("/password")
    String password(@Valid @ModelAttribute("password") PasswordForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        return Form.submit(binding, response, () -> {
            accounts.changeOwnPassword(CurrentUser.require().userId(), form.currentPassword(),
                    form.newPassword(), request.getSession().getId());
            redirect.addFlashAttribute("flash", "accounts.flash.password");
            return "redirect:/account";
        }, () -> page(model, ui, binding));
    }

    @PostMapping("/phone")
    @OnRefusal("/account#phone")
    String phone(@RequestParam(required = false) String phone, RedirectAttributes redirect) {
        accounts.changeOwnPhone(CurrentUser.require().userId(), phone);
        redirect.addFlashAttribute("flash", "accounts.flash.phone");
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String createToken(@Valid @ModelAttribute("token") TokenForm form, BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Flash.error(redirect, "accounts.error.tokenName");
            return "redirect:/account";
        }
        redirect.addFlashAttribute("newToken", tokens.create(CurrentUser.require().userId(), form.name().strip()));
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.require().userId(), id);
        redirect.addFlashAttribute("flash", "accounts.flash.revoked");
        return "redirect:/account";
    }

    private String page(Model model, Ui ui, BindingResult binding) {
        var me = CurrentUser.require();
        model.addAttribute("password", new Form(binding, ui));
        model.addAttribute("tokens", tokens.active(me.userId()));
        String phone = accounts.contact(me.userId()).phone();
        model.addAttribute("phone", phone == null ? "" : MoroccanPhone.national(phone));
        model.addAttribute("cooperative", accounts.cooperative(me.cooperativeId()).orElse(null));
        return "accounts/me";
    }
}
