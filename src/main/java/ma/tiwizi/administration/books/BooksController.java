package ma.tiwizi.administration.books;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.administration.rules.Account;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.config.Amounts;
import ma.tiwizi.platform.config.Locales;
import ma.tiwizi.platform.pdf.PdfRenderer;
import ma.tiwizi.platform.web.CompleteValidation;
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

/**
 * The books' pages: the journal with its entry form, a year's accounts with its inventory, and the surplus. The
 * cooperative keeps its own; staff read any from the cooperative's page; the accounts print as PDF (Arabic or
 * French) and as a workbook.
 */
@Controller
@RequiredArgsConstructor
class BooksController {

    private final Books books;
    private final SurplusAllocations surpluses;
    private final AccountsWorkbook workbook;
    private final MemberRegister register;
    private final CooperativeRegistry registry;
    private final PdfRenderer pdf;
    private final Validator validator;
    @Qualifier("mvcConversionService")
    private final ConversionService conversions;
    private final Clock clock;

    @GetMapping("/administration/books")
    @CooperativeOnly
    String mine(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
            Model model, @ModelAttribute("ui") Ui ui) {
        var blank = EntryForm.blank(today());
        return journal(CurrentUser.require().cooperativeId(), year, page, model, ui,
                new DirectFieldBindingResult(blank, "form"));
    }

    @GetMapping("/cooperatives/{id}/books")
    String of(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, Model model, @ModelAttribute("ui") Ui ui) {
        return journal(id, year, page, model, ui, new DirectFieldBindingResult(EntryForm.blank(today()), "form"));
    }

    @PostMapping("/administration/books/entries")
    @CooperativeOnly
    String record(@Valid @ModelAttribute("form") EntryForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        CompleteValidation.validateRest(binding, EntryForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            books.record(form);
            redirect.addFlashAttribute("flash", "administration.flash.entryRecorded");
            return "redirect:/administration/books?year=" + form.occurredOn().getYear();
        }, () -> journal(CurrentUser.require().cooperativeId(),
                form.occurredOn() == null ? null : form.occurredOn().getYear(), null, model, ui, binding));
    }

    @PostMapping("/administration/books/entries/{id}/reverse")
    @OnRefusal("/administration/books")
    String reverse(@PathVariable long id, RedirectAttributes redirect) {
        books.reverse(id);
        redirect.addFlashAttribute("flash", "administration.flash.entryReversed");
        return "redirect:/administration/books";
    }

    @GetMapping("/administration/books/{year}/accounts")
    @CooperativeOnly
    String myAccounts(@PathVariable int year, Model model) {
        return accounts(CurrentUser.require().cooperativeId(), year, model);
    }

    @GetMapping("/cooperatives/{id}/books/{year}/accounts")
    String accountsOf(@PathVariable long id, @PathVariable int year, Model model) {
        return accounts(id, year, model);
    }

    @GetMapping("/cooperatives/{id}/books/{year}/accounts.pdf")
    void accountsPdf(@PathVariable long id, @PathVariable int year, @RequestParam(defaultValue = "ar") String lang,
            HttpServletResponse response) throws IOException {
        var statements = books.statements(id, year);
        Locale locale = "fr".equals(lang) ? Locales.FRENCH : Locales.ARABIC;
        byte[] bytes = pdf.render("administration/accounts-pdf.jte", Map.of("statements", statements,
                "cooperative", registry.get(id), "accounts", Account.values()), locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"accounts-" + year + ".pdf\"");
        response.getOutputStream().write(bytes);
    }

    @GetMapping("/cooperatives/{id}/books/{year}/accounts.xlsx")
    void accountsXlsx(@PathVariable long id, @PathVariable int year, @RequestParam(defaultValue = "ar") String lang,
            HttpServletResponse response) throws IOException {
        var statements = books.statements(id, year);
        Locale locale = "fr".equals(lang) ? Locales.FRENCH : Locales.ARABIC;
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"accounts-" + year + ".xlsx\"");
        workbook.write(statements, registry.get(id), locale, response.getOutputStream());
    }

    @PostMapping("/administration/books/{year}/inventory")
    @OnRefusal("/administration/books/{year}/accounts#inventory")
    String addInventoryLine(@PathVariable int year, @RequestParam(required = false) String item,
            @RequestParam(required = false) String quantity, @RequestParam(required = false) String unitValue,
            RedirectAttributes redirect) {
        books.addInventoryLine(year, new InventoryForm(item, number(quantity, "quantity"),
                number(unitValue, "unitValue")));
        redirect.addFlashAttribute("flash", "administration.flash.inventoryAdded");
        return "redirect:/administration/books/" + year + "/accounts#inventory";
    }

    @PostMapping("/administration/books/{year}/inventory/{line}/remove")
    @OnRefusal("/administration/books/{year}/accounts#inventory")
    String removeInventoryLine(@PathVariable int year, @PathVariable long line, RedirectAttributes redirect) {
        books.removeInventoryLine(year, line);
        redirect.addFlashAttribute("flash", "administration.flash.inventoryRemoved");
        return "redirect:/administration/books/" + year + "/accounts#inventory";
    }

    @PostMapping("/administration/books/{year}/close")
    @OnRefusal("/administration/books/{year}/accounts")
    String close(@PathVariable int year, RedirectAttributes redirect) {
        books.close(year);
        redirect.addFlashAttribute("flash", "administration.flash.yearClosed");
        return "redirect:/administration/books/" + year + "/accounts";
    }

    @GetMapping("/administration/books/{year}/surplus")
    @CooperativeOnly
    String mySurplus(@PathVariable int year, @RequestParam(required = false) String interestPercent,
            @RequestParam(required = false) String rebatePercent, Model model) {
        return surplus(CurrentUser.require().cooperativeId(), year, interestPercent, rebatePercent, model);
    }

    @GetMapping("/cooperatives/{id}/books/{year}/surplus")
    String surplusOf(@PathVariable long id, @PathVariable int year, Model model) {
        return surplus(id, year, null, null, model);
    }

    @PostMapping("/administration/books/{year}/surplus")
    @OnRefusal("/administration/books/{year}/surplus")
    String adopt(@PathVariable int year, @RequestParam(required = false) String interestPercent,
            @RequestParam(required = false) String rebatePercent,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate adoptedOn,
            RedirectAttributes redirect) {
        surpluses.adopt(year, optionalNumber(interestPercent), number(rebatePercent, "rebatePercent"), adoptedOn);
        redirect.addFlashAttribute("flash", "administration.flash.surplusAdopted");
        return "redirect:/administration/books/" + year + "/surplus";
    }

    private String journal(long cooperativeId, Integer year, Integer page, Model model, Ui ui,
            BindingResult binding) {
        int shown = year == null ? today().getYear() : year;
        boolean holds = CurrentUser.require().ownsCooperative(cooperativeId);
        model.addAttribute("journal", books.journal(cooperativeId, shown, PageOf.clampPage(page)));
        model.addAttribute("cooperative", registry.get(cooperativeId));
        model.addAttribute("holds", holds);
        model.addAttribute("form", new Form(binding, ui));
        model.addAttribute("accounts", Account.values());
        model.addAttribute("members", holds ? register.current(cooperativeId) : List.of());
        model.addAttribute("years", years());
        return "administration/books";
    }

    private String accounts(long cooperativeId, int year, Model model) {
        model.addAttribute("statements", books.statements(cooperativeId, year));
        model.addAttribute("cooperative", registry.get(cooperativeId));
        model.addAttribute("holds", CurrentUser.require().ownsCooperative(cooperativeId));
        model.addAttribute("over", today().isAfter(Books.yearEnd(year)));
        return "administration/accounts";
    }

    private String surplus(long cooperativeId, int year, String interestPercent, String rebatePercent,
            Model model) {
        model.addAttribute("allocation", surpluses.of(cooperativeId, year, optionalNumber(interestPercent),
                rebatePercent == null || rebatePercent.isBlank() ? null : number(rebatePercent, "rebatePercent")));
        model.addAttribute("cooperative", registry.get(cooperativeId));
        model.addAttribute("holds", CurrentUser.require().ownsCooperative(cooperativeId));
        model.addAttribute("today", today());
        return "administration/surplus";
    }

    /** This year and the four before it, newest first. */
    private List<Integer> years() {
        int now = today().getYear();
        return List.of(now, now - 1, now - 2, now - 3, now - 4);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Morocco.ZONE));
    }

    private static BigDecimal optionalNumber(String typed) {
        return typed == null || typed.isBlank() ? null : number(typed, "interestPercent");
    }

    private static BigDecimal number(String typed, String field) {
        return Amounts.read(typed).orElseThrow(() -> new AdministrationRefused("administration.error.number", field));
    }
}
