package ma.tiwizi.registry.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.files.Sheets;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.CooperativeSearch;
import ma.tiwizi.registry.CooperativeView;
import ma.tiwizi.territory.CommuneDirectory;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the filtered registry list as .xlsx or .csv, and the empty import template. Cells that a spreadsheet
 * program would run as formulas are neutralised; Arabic sheets read right to left.
 */
@Service
@RequiredArgsConstructor
public class CooperativeExport {

    private final CooperativeRegistry registry;
    private final CommuneDirectory communes;
    private final MessageSource messages;

    @Transactional(readOnly = true)
    public void xlsx(CooperativeSearch search, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Tiwizi", "1.0");
        Worksheet sheet = Sheets.add(workbook, messages.getMessage("registry.export.sheet", null, locale),
                locale);
        if ("ar".equals(locale.getLanguage())) {
            sheet.rightToLeft();
        }
        header(sheet, SpreadsheetColumns.EXPORT);
        int[] row = {1};
        try (var rows = registry.stream(search)) {
            rows.forEach(c -> {
                List<String> values = values(c, locale);
                for (int col = 0; col < values.size(); col++) {
                    sheet.value(row[0], col, SpreadsheetColumns.neutralise(values.get(col)));
                }
                row[0]++;
            });
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    @Transactional(readOnly = true)
    public void csv(CooperativeSearch search, Locale locale, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var printer = CSVFormat.DEFAULT.builder().setHeader(SpreadsheetColumns.EXPORT.toArray(String[]::new)).get()
                .print(writer);
        try (var rows = registry.stream(search)) {
            rows.forEach(unchecked(c -> printer.printRecord(
                    values(c, locale).stream().map(SpreadsheetColumns::neutralise).toList())));
        }
        printer.flush();
    }

    /** The import template: the columns on the first sheet with one example row, their meaning on the second. */
    public void template(Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Tiwizi", "1.0");
        Worksheet data = Sheets.add(workbook,
                messages.getMessage("registry.import.template.sheet", null, locale), locale);
        header(data, SpreadsheetColumns.IMPORT);
        List<String> example = List.of("تعاونية المثال للزعفران", "Cooperative Exemple Safran", "COOPERATIVE",
                "EX-2024-001", "15/03/2024", "", "Taliouine", "SAFFRON", "", "0612345678", "", "Fatima Ait Ali", "F",
                "1995", "12", "3", "7", "1");
        for (int col = 0; col < example.size(); col++) {
            data.value(1, col, example.get(col));
        }
        Worksheet help = Sheets.add(workbook,
                messages.getMessage("registry.import.template.help", null, locale), locale);
        if ("ar".equals(locale.getLanguage())) {
            help.rightToLeft();
        }
        help.value(0, 0, messages.getMessage("registry.import.template.column", null, locale));
        help.value(0, 1, messages.getMessage("registry.import.template.required", null, locale));
        help.value(0, 2, messages.getMessage("registry.import.template.meaning", null, locale));
        int row = 1;
        for (String column : SpreadsheetColumns.IMPORT) {
            help.value(row, 0, column);
            help.value(row, 1, messages.getMessage(SpreadsheetColumns.REQUIRED.contains(column)
                    ? "registry.import.template.yes" : "registry.import.template.no", null, locale));
            help.value(row, 2, messages.getMessage("registry.import.column." + column, null, locale));
            row++;
        }
        help.width(2, 90);
        workbook.finish();
    }

    private static void header(Worksheet sheet, List<String> columns) {
        for (int col = 0; col < columns.size(); col++) {
            sheet.value(0, col, columns.get(col));
            sheet.style(0, col).bold().set();
        }
    }

    private List<String> values(CooperativeView c, Locale locale) {
        var commune = communes.find(c.communeId());
        List<String> v = new ArrayList<>();
        v.add(c.nameAr());
        v.add(c.nameLatin());
        v.add(c.legalForm().name());
        v.add(c.registrationNumber());
        v.add(c.createdOn() == null ? "" : String.format("%02d/%02d/%04d", c.createdOn().getDayOfMonth(),
                c.createdOn().getMonthValue(), c.createdOn().getYear()));
        v.add(c.ice() == null ? "" : c.ice());
        v.add(commune.map(m -> m.name(locale)).orElse(""));
        v.add(commune.map(m -> m.cercleName(locale)).filter(name -> name != null).orElse(""));
        v.add(c.sector().name());
        v.add(c.activity() == null ? "" : c.activity());
        v.add(c.phone() == null ? "" : MoroccanPhone.national(c.phone()).replace(" ", ""));
        v.add(c.email() == null ? "" : c.email());
        v.add(c.presidentName());
        v.add(c.presidentSex().name());
        v.add(c.presidentBirthYear() == null ? "" : String.valueOf(c.presidentBirthYear()));
        v.add(String.valueOf(c.membersWomen()));
        v.add(String.valueOf(c.membersMen()));
        v.add(String.valueOf(c.womenUnder35()));
        v.add(String.valueOf(c.menUnder35()));
        v.add(c.status().name());
        v.add(yesNo(c.womenLed()));
        v.add(yesNo(c.youthLed()));
        v.add(yesNo(c.newlyCreated()));
        v.add(c.womenAndYouthShare() == null ? "" : c.womenAndYouthShare().toPlainString());
        return v;
    }

    private static String yesNo(boolean value) {
        return value ? "1" : "0";
    }

    private interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private static <T> Consumer<T> unchecked(IoConsumer<T> consumer) {
        return value -> {
            try {
                consumer.accept(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
