package ma.tiwizi.administration.register;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.config.Amounts;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Flash;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The member register's pages: the cooperative keeps its own; staff read any from the cooperative's page. */
@Controller
@RequiredArgsConstructor
class MemberRegisterController {

    private final MemberRegister register;
    private final Refunds refunds;
    private final CooperativeRegistry registry;
    private final Validator validator;
    @Qualifier("mvcConversionService")
    private final ConversionService conversions;
    private final Clock clock;

    @GetMapping("/administration/members")
    @CooperativeOnly
    String mine(@RequestParam(required = false) Integer page, Model model) {
        return page(CurrentUser.require().cooperativeId(), page, model);
    }

    @GetMapping("/cooperatives/{id}/members")
    String of(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        return page(id, page, model);
    }

    /**
     * The two ways the register's form is sent: a member already admitted (founders, earlier assemblies), or a
     * request to join for the next ordinary assembly (art. 15). Same fields, other address, title, day and answer.
     */
    private enum Entry {
        MEMBER("/administration/members", "administration.members.new", "administration.field.joinedOn",
                "administration.flash.admitted", "redirect:/administration/members"),
        CANDIDATE("/administration/members/candidates", "administration.candidates.new",
                "administration.candidates.requestedOn", "administration.flash.requested",
                "redirect:/administration/members#candidates");

        final String action;
        final String heading;
        final String dayLabel;
        final String flash;
        final String done;

        Entry(String action, String heading, String dayLabel, String flash, String done) {
            this.action = action;
            this.heading = heading;
            this.dayLabel = dayLabel;
            this.flash = flash;
            this.done = done;
        }
    }

    @GetMapping("/administration/members/new")
    @CooperativeOnly
    String create(Model model, @ModelAttribute("ui") Ui ui) {
        return blank(Entry.MEMBER, model, ui);
    }

    @PostMapping("/administration/members")
    @CooperativeOnly
    String admit(@Valid @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return write(Entry.MEMBER, () -> register.admit(form), binding, model, ui, request, response, redirect);
    }

    @GetMapping("/administration/members/candidates/new")
    @CooperativeOnly
    String newCandidate(Model model, @ModelAttribute("ui") Ui ui) {
        return blank(Entry.CANDIDATE, model, ui);
    }

    @PostMapping("/administration/members/candidates")
    @CooperativeOnly
    String requestAdmission(@Valid @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return write(Entry.CANDIDATE, () -> register.requestAdmission(form), binding, model, ui, request, response,
                redirect);
    }

    private String blank(Entry entry, Model model, Ui ui) {
        var blank = MemberForm.blank(LocalDate.now(clock.withZone(Morocco.ZONE)));
        return form(entry, model, ui, new DirectFieldBindingResult(blank, "form"));
    }

    /** Validates what was typed, writes it, or shows the form again with it and the reason. */
    private String write(Entry entry, Runnable action, BindingResult binding, Model model, Ui ui,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CompleteValidation.validateRest(binding, MemberForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            action.run();
            redirect.addFlashAttribute("flash", entry.flash);
            return entry.done;
        }, () -> form(entry, model, ui, binding));
    }

    @PostMapping("/administration/members/{id}/payments")
    @OnRefusal("/administration/members#member-{id}")
    String pay(@PathVariable long id, @RequestParam String amount,
            @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate paidOn, @RequestParam String receipt,
            RedirectAttributes redirect) {
        register.pay(id, dirhams(amount), paidOn, receipt);
        redirect.addFlashAttribute("flash", "administration.flash.paid");
        return "redirect:/administration/members#member-" + id;
    }

    @PostMapping("/administration/members/calls")
    @CooperativeOnly
    @OnRefusal("/administration/members#calls")
    String callShares(@RequestParam(required = false) String percent,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate dueOn,
            RedirectAttributes redirect) {
        BigDecimal share;
        try {
            share = new BigDecimal(String.valueOf(percent).strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new AdministrationRefused("administration.error.callPercent", "percent");
        }
        int called = register.callShares(share, dueOn);
        Flash.success(redirect, "administration.flash.called", called);
        return "redirect:/administration/members";
    }

    /** One line of the register with its movements: its cooperative acts on it, staff read it. */
    @GetMapping("/administration/members/{id}")
    String member(@PathVariable long id, @RequestParam(required = false) String losses,
            @RequestParam(required = false) String rebates, @RequestParam(required = false) String debts,
            Model model) {
        var member = register.member(id);
        boolean editable = CurrentUser.require().ownsCooperative(member.cooperativeId());
        model.addAttribute("member", member);
        model.addAttribute("cooperative", registry.get(member.cooperativeId()));
        model.addAttribute("editable", editable);
        model.addAttribute("today", LocalDate.now(clock.withZone(Morocco.ZONE)));
        model.addAttribute("refund", null);
        model.addAttribute("owed", null);
        model.addAttribute("terms", Refunds.RefundTerms.NONE);
        model.addAttribute("termsError", null);
        model.addAttribute("others", editable && member.member()
                ? register.current(member.cooperativeId()).stream().filter(l -> l.id() != id).toList() : List.of());
        if (editable && !member.member()) {
            var owed = refunds.owed(id);
            if (owed.isPresent()) {
                model.addAttribute("owed", owed.get());
            } else {
                Refunds.RefundTerms terms = Refunds.RefundTerms.NONE;
                try {
                    terms = new Refunds.RefundTerms(orZero(losses), orZero(rebates), orZero(debts));
                    model.addAttribute("refund", refunds.refund(id, terms));
                } catch (AdministrationRefused badTerms) {
                    model.addAttribute("termsError", badTerms.messageKey());
                }
                model.addAttribute("terms", terms);
            }
        }
        return "administration/member";
    }

    @PostMapping("/administration/members/{id}/transfers")
    @OnRefusal("/administration/members/{id}#transfer")
    String transfer(@PathVariable long id, @RequestParam long toMemberId, @RequestParam(required = false) Integer shares,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate authorisedOn,
            RedirectAttributes redirect) {
        register.transfer(id, toMemberId, shares == null ? 0 : shares, authorisedOn);
        redirect.addFlashAttribute("flash", "administration.flash.transferred");
        return "redirect:/administration/members/" + id;
    }

    @PostMapping("/administration/members/{id}/refund")
    @OnRefusal("/administration/members/{id}#refund")
    String settleRefund(@PathVariable long id, @RequestParam String losses, @RequestParam String rebates,
            @RequestParam String debts, RedirectAttributes redirect) {
        refunds.settleRefund(id, new Refunds.RefundTerms(orZero(losses), orZero(rebates), orZero(debts)));
        redirect.addFlashAttribute("flash", "administration.flash.refundSettled");
        return "redirect:/administration/members/" + id + "#refund";
    }

    @PostMapping("/administration/members/{id}/refund/payments")
    @OnRefusal("/administration/members/{id}#refund")
    String payRefund(@PathVariable long id, @RequestParam String amount,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate paidOn,
            @RequestParam String receipt, RedirectAttributes redirect) {
        refunds.payRefund(id, dirhams(amount), paidOn, receipt);
        redirect.addFlashAttribute("flash", "administration.flash.refundPaid");
        return "redirect:/administration/members/" + id + "#refund";
    }

    /** An amount left empty is zero; otherwise as {@link #dirhams(String)} reads it. */
    private static BigDecimal orZero(String typed) {
        if (typed == null || typed.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(typed.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new AdministrationRefused("administration.error.refundTerms", null);
        }
    }

    @PostMapping("/administration/members/{id}/withdrawal")
    @OnRefusal("/administration/members/{id}")
    String requestWithdrawal(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate requestedOn,
            @RequestParam(defaultValue = "false") boolean nextYear, RedirectAttributes redirect) {
        register.requestWithdrawal(id, requestedOn, nextYear);
        redirect.addFlashAttribute("flash", "administration.flash.withdrawalAsked");
        return "redirect:/administration/members/" + id;
    }

    @PostMapping("/administration/members/{id}/withdrawal/answer")
    @OnRefusal("/administration/members/{id}")
    String answerWithdrawal(@PathVariable long id, @RequestParam boolean accepted,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        register.answerWithdrawal(id, accepted, reason);
        redirect.addFlashAttribute("flash", accepted ? "administration.flash.withdrawalAccepted"
                : "administration.flash.withdrawalRefused");
        return "redirect:/administration/members/" + id;
    }

    /** An amount as people type it ("250", "250,5", "1 250,50"). */
    private static BigDecimal dirhams(String typed) {
        return Amounts.read(typed).orElseThrow(() -> new AdministrationRefused("administration.error.payAmount",
                "amount"));
    }

    private String page(long cooperativeId, Integer page, Model model) {
        model.addAttribute("cooperative", registry.get(cooperativeId));
        model.addAttribute("register", register.of(cooperativeId, PageOf.clampPage(page)));
        model.addAttribute("candidates", register.candidates(cooperativeId));
        model.addAttribute("editable", CurrentUser.require().ownsCooperative(cooperativeId));
        model.addAttribute("today", LocalDate.now(clock.withZone(Morocco.ZONE)));
        return "administration/members";
    }

    private String form(Entry entry, Model model, Ui ui, BindingResult binding) {
        model.addAttribute("form", new Form(binding, ui));
        model.addAttribute("sexes", MemberForm.Sex.values());
        model.addAttribute("action", entry.action);
        model.addAttribute("heading", entry.heading);
        model.addAttribute("dayLabel", entry.dayLabel);
        return "administration/member-form";
    }
}
