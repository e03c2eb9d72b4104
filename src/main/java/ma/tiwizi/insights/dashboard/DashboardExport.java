package ma.tiwizi.insights.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.files.Sheets;
import ma.tiwizi.platform.pdf.PdfRenderer;
import ma.tiwizi.territory.Commune;
import ma.tiwizi.territory.CommuneDirectory;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The dashboard as a workbook (one sheet per table, the filters written at the top of each, streamed to the
 * response) and as a PDF report in Arabic or French.
 */
@Service
@RequiredArgsConstructor
class DashboardExport {

    private final MessageSource messages;
    private final CommuneDirectory communes;
    private final PdfRenderer pdf;

    public void xlsx(Dashboard.View view, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Tiwizi", "1.0");
        var indicators = Sheets.add(workbook, t("insights.sheet.indicators", locale), locale);
        int row = filters(indicators, view, locale);
        indicators.value(row, 0, t("insights.column.indicator", locale));
        indicators.value(row, 1, t("insights.column.value", locale));
        indicators.value(row, 2, t("insights.column.definition", locale));
        indicators.style(row, 0).bold().set();
        row++;
        for (var indicator : Indicators.of(view)) {
            indicators.value(row, 0, t("insights.indicator." + indicator.key(), locale));
            if (indicator.value() != null) {
                indicators.value(row, 1, indicator.value());
            }
            indicators.value(row, 2, t("insights.definition." + indicator.key(), locale));
            row++;
        }
        var byCommune = Sheets.add(workbook, t("insights.sheet.communes", locale), locale);
        row = filters(byCommune, view, locale);
        List<String> headers = List.of("insights.column.commune", "insights.column.province",
                "insights.indicator.registered", "insights.indicator.womenLedShare", "insights.indicator.reached",
                "insights.indicator.participantsWomen", "insights.indicator.participantsMen",
                "insights.indicator.applicationsSubmitted", "insights.indicator.applicationsApproved",
                "insights.indicator.amountApproved", "insights.indicator.amountPaid", "insights.indicator.jobsWomen",
                "insights.indicator.jobsMen", "insights.indicator.orders", "insights.indicator.sales",
                "insights.column.inOrder");
        for (int c = 0; c < headers.size(); c++) {
            byCommune.value(row, c, t(headers.get(c), locale));
        }
        row++;
        for (var line : view.byCommune()) {
            var commune = communes.find(line.communeId());
            var co = line.cooperatives();
            var f = line.flows();
            Object[] values = {commune.map(c -> c.name(locale)).orElse(String.valueOf(line.communeId())),
                    commune.map(Commune::province).orElse(""), co.registered(),
                    Dashboard.View.percent(co.womenLed(), co.registered()), co.reached(), f.count("participants_f"),
                    f.count("participants_m"), f.count("applications_submitted"), f.count("applications_approved"),
                    f.get("amount_approved"), f.get("amount_paid"), f.count("jobs_women"), f.count("jobs_men"),
                    f.count("orders"), f.get("sales"), co.inOrderShare()};
            for (int c = 0; c < values.length; c++) {
                cell(byCommune, row, c, values[c]);
            }
            row++;
            if (row % 1000 == 0) {
                byCommune.flush();
            }
        }
        var byYear = Sheets.add(workbook, t("insights.sheet.years", locale), locale);
        row = filters(byYear, view, locale);
        List<String> measures = List.of("cooperatives_new", "participants_f", "participants_m",
                "applications_submitted", "applications_approved", "amount_approved", "amount_paid", "orders", "sales");
        byYear.value(row, 0, t("insights.column.year", locale));
        for (int c = 0; c < measures.size(); c++) {
            byYear.value(row, c + 1, t("insights.measure." + measures.get(c), locale));
        }
        row++;
        for (var year : view.byYear()) {
            byYear.value(row, 0, year.year());
            for (int c = 0; c < measures.size(); c++) {
                byYear.value(row, c + 1, year.flows().get(measures.get(c)));
            }
            row++;
        }
        workbook.finish();
    }

    /** The filters, written at the top of a sheet; returns the next free row. */
    private int filters(Worksheet sheet, Dashboard.View view, Locale locale) {
        var lines = describe(view.scope(), locale);
        sheet.value(0, 0, t("insights.title", locale));
        sheet.style(0, 0).bold().set();
        int row = 1;
        for (var line : lines.entrySet()) {
            sheet.value(row, 0, line.getKey());
            sheet.value(row, 1, line.getValue());
            row++;
        }
        return row + 1;
    }

    /** The filters in words, for exports. */
    public Map<String, String> describe(Dashboard.Scope scope, Locale locale) {
        var lines = new LinkedHashMap<String, String>();
        lines.put(t("insights.filter.period", locale), messages.getMessage("insights.filter.periodValue",
                new Object[] {String.valueOf(scope.fromYear()), String.valueOf(scope.toYear())}, locale));
        var typed = scope.typed();
        String place = typed.commune() != null
                ? communes.find(typed.commune()).map(c -> c.name(locale)).orElse("")
                : blankOr(typed.cercle(), blankOr(typed.province(), blankOr(typed.region(),
                        t("insights.filter.everywhere", locale))));
        lines.put(t("insights.filter.place", locale), place);
        lines.put(t("insights.filter.sector", locale), scope.sector() == null ? t("insights.filter.all", locale)
                : t("registry.sector." + scope.sector().name(), locale));
        lines.put(t("insights.filter.womenLed", locale), yesNo(scope.womenLed(), locale));
        lines.put(t("insights.filter.youthLed", locale), yesNo(scope.youthLed(), locale));
        return lines;
    }

    public byte[] pdf(Dashboard.View view, Locale locale) {
        return pdf.render("insights/report-pdf.jte", Map.of("view", view, "indicators", Indicators.of(view),
                "filters", describe(view.scope(), locale), "communes", communes), locale);
    }

    private String yesNo(Boolean value, Locale locale) {
        return value == null ? t("insights.filter.all", locale)
                : t(value ? "insights.filter.yes" : "insights.filter.no", locale);
    }

    private static String blankOr(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof BigDecimal decimal) {
            sheet.value(row, column, decimal);
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
