package ma.tiwizi.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.accounts.AccountSummary;
import ma.tiwizi.accounts.EditAccountForm;
import ma.tiwizi.accounts.NewAccountForm;
import ma.tiwizi.accounts.audit.AuditTrail;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.web.Form;
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

/** Administrators open, change, disable and unlock accounts, and read the audit trail (URL rule: /admin/** is ADMIN). */
@Controller
@RequestMapping("/admin")
@RequiredArgsConstructor
class AccountAdminController {

    private final AccountDirectory accounts;
    private final AuditTrail audit;

    @GetMapping("/users")
    String users(@RequestParam(required = false) Integer page, Model model) {
        var found = accounts.list(PageOf.clampPage(page), PageOf.DEFAULT_SIZE);
        model.addAttribute("accounts", found);
        model.addAttribute("cooperatives", accounts.cooperativesOf(found.items()));
        return "accounts/users";
    }

    @GetMapping("/users/new")
    String create(Model model, @ModelAttribute("ui") Ui ui) {
        var form = NewAccountForm.empty();
        return newForm(model, ui, new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping("/users")
    String open(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, RedirectAttributes redirect, HttpServletResponse response) {
        return Form.submit(binding, response, () -> {
            long id = accounts.open(form);
            redirect.addFlashAttribute("flash", "accounts.flash.created");
            return "redirect:/admin/users/" + id;
        }, () -> newForm(model, ui, binding));
    }

    @GetMapping("/users/{id}")
    String edit(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        AccountSummary account = accounts.get(id);
        var form = new EditAccountForm(account.displayName(), account.email() == null ? "" : account.email(),
                account.role(), accounts.cooperative(account.cooperativeId()).map(c -> c.registrationNumber())
                        .orElse(""),
                account.enabled(), "", account.version());
        return editForm(model, ui, account, new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping("/users/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") EditAccountForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, RedirectAttributes redirect, HttpServletResponse response) {
        var account = accounts.get(id);
        return Form.submit(binding, response, () -> {
            accounts.change(id, form);
            redirect.addFlashAttribute("flash", "accounts.flash.saved");
            return "redirect:/admin/users/" + id;
        }, () -> editForm(model, ui, account, binding));
    }

    @PostMapping("/users/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flash", "accounts.flash.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", audit.browse(actor, type, PageOf.clampPage(page), 50));
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("type", type == null ? "" : type);
        return "accounts/audit";
    }

    private String newForm(Model model, Ui ui, BindingResult binding) {
        model.addAttribute("form", new Form(binding, ui));
        model.addAttribute("roles", Role.values());
        model.addAttribute("account", null);
        return "accounts/user-form";
    }

    private String editForm(Model model, Ui ui, AccountSummary account, BindingResult binding) {
        model.addAttribute("form", new Form(binding, ui));
        model.addAttribute("roles", Role.values());
        model.addAttribute("account", account);
        return "accounts/user-form";
    }
}
