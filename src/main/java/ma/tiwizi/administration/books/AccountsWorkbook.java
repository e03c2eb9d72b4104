package ma.tiwizi.administration.books;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.rules.Account;
import ma.tiwizi.platform.files.Sheets;
import ma.tiwizi.registry.CooperativeView;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A year's accounts as a workbook, in Arabic (right to left) or French: the income statement, the balance sheet and
 * the inventory, each on its sheet, amounts as numbers an accountant can sum.
 */
@Component
@RequiredArgsConstructor
class AccountsWorkbook {

    private final MessageSource messages;

    void write(Books.Statements statements, CooperativeView cooperative, Locale locale, OutputStream out)
            throws IOException {
        var workbook = new Workbook(out, "Tiwizi", "1.0");
        var a = statements.accounts();
        Worksheet income = Sheets.add(workbook, t("administration.accounts.income", locale), locale);
        int row = title(income, cooperative, statements.year(), "administration.accounts.income", locale);
        row = lines(income, row, a.income(), locale);
        row = line(income, row, t("administration.accounts.stockChange", locale), a.stockChange());
        row = line(income, row, t("administration.accounts.totalIncome", locale), a.totalIncome());
        row = lines(income, row + 1, a.expenses(), locale);
        row = line(income, row, t("administration.accounts.totalExpenses", locale), a.totalExpenses());
        line(income, row + 1, t("administration.accounts.result", locale), a.result());

        Worksheet balance = Sheets.add(workbook, t("administration.accounts.balance", locale), locale);
        row = title(balance, cooperative, statements.year(), "administration.accounts.balance", locale);
        row = line(balance, row, t("administration.accounts.equipment", locale), a.equipment());
        row = line(balance, row, t("administration.accounts.stock", locale), a.closingStock());
        row = line(balance, row, t("administration.accounts.cash", locale), a.cash());
        row = line(balance, row, t("administration.accounts.bank", locale), a.bank());
        row = line(balance, row, t("administration.accounts.totalAssets", locale), a.totalAssets());
        row = line(balance, row + 1, t("administration.accounts.capital", locale), a.capital());
        row = line(balance, row, t("administration.accounts.grants", locale), a.grants());
        row = line(balance, row, t("administration.accounts.loans", locale), a.loans());
        row = line(balance, row, t("administration.accounts.reserves", locale), a.reserves());
        row = line(balance, row, t("administration.accounts.result", locale), a.result());
        line(balance, row, t("administration.accounts.totalLiabilities", locale), a.totalLiabilities());

        Worksheet inventory = Sheets.add(workbook, t("administration.accounts.inventory", locale), locale);
        row = title(inventory, cooperative, statements.year(), "administration.accounts.inventory", locale);
        inventory.value(row, 0, t("administration.inventory.item", locale));
        inventory.value(row, 1, t("administration.inventory.quantity", locale));
        inventory.value(row, 2, t("administration.inventory.unitValue", locale));
        inventory.value(row, 3, t("administration.inventory.value", locale));
        for (var line : statements.inventory()) {
            row++;
            inventory.value(row, 0, line.item());
            inventory.value(row, 1, line.quantity());
            inventory.value(row, 2, line.unitValue());
            inventory.value(row, 3, line.value());
        }
        workbook.finish();
    }

    private int title(Worksheet sheet, CooperativeView cooperative, int year, String key, Locale locale) {
        sheet.value(0, 0, cooperative.name(locale) + " — " + cooperative.registrationNumber());
        sheet.value(1, 0, t(key, locale) + " " + year);
        sheet.width(0, 48);
        sheet.width(1, 16);
        return 3;
    }

    private int lines(Worksheet sheet, int row, Map<Account, BigDecimal> sums, Locale locale) {
        for (var sum : sums.entrySet()) {
            row = line(sheet, row, sum.getKey().cgnc() + " " + t("administration.account." + sum.getKey().name(),
                    locale), sum.getValue());
        }
        return row;
    }

    private static int line(Worksheet sheet, int row, String label, BigDecimal amount) {
        sheet.value(row, 0, label);
        sheet.value(row, 1, amount);
        return row + 1;
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
