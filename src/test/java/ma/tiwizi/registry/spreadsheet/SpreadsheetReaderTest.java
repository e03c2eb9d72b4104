package ma.tiwizi.registry.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTest {

    private static final String HEADER = String.join(",", SpreadsheetColumns.IMPORT);

    @Test
    void readsACommaSeparatedFileWithItsArabic() throws Exception {
        String csv = "\uFEFF" + HEADER + "\n"
                + "تعاونية الأمل,Al Amal,COOPERATIVE,R-1,05/07/2021,,Taliouine,SAFFRON,,0612345678,,فاطمة,F,1990,10,2,3,1\n";
        var sheet = SpreadsheetReader.read("coops.csv", csv.getBytes(StandardCharsets.UTF_8), 100);
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0)).containsEntry("name_ar", "تعاونية الأمل").containsEntry("commune",
                "Taliouine");
    }

    @Test
    void readsASemicolonSeparatedFileAsFrenchExcelWritesIt() throws Exception {
        String csv = HEADER.replace(',', ';') + "\nA;B;COOPERATIVE;R-2;05/07/2021;;Taliouine;HONEY;;;;X;M;;1;5;0;0\n";
        var sheet = SpreadsheetReader.read("coops.csv", csv.getBytes(StandardCharsets.UTF_8), 100);
        assertThat(sheet.rows().get(0)).containsEntry("registration_number", "R-2");
    }

    @Test
    void readsXlsxDatesWrittenAsDates() throws Exception {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var ws = workbook.newWorksheet("s");
        for (int i = 0; i < SpreadsheetColumns.IMPORT.size(); i++) {
            ws.value(0, i, SpreadsheetColumns.IMPORT.get(i));
        }
        ws.value(1, 0, "تعاونية");
        ws.value(1, 4, LocalDate.of(2021, 7, 5));
        ws.style(1, 4).format("dd/mm/yyyy").set();
        ws.value(1, 14, 12);
        workbook.finish();
        var sheet = SpreadsheetReader.read("coops.xlsx", out.toByteArray(), 100);
        assertThat(sheet.rows().get(0)).containsEntry("created_on", "05/07/2021").containsEntry("members_women",
                "12");
    }

    @Test
    void refusesAFileThatIsNotASpreadsheet() {
        byte[] pdf = "%PDF-1.7 binary".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SpreadsheetReader.read("report.pdf", pdf, 100))
                .isInstanceOfSatisfying(SpreadsheetReader.Refused.class,
                        e -> assertThat(e.messageKey).isEqualTo("registry.import.error.notSpreadsheet"));
    }

    @Test
    void refusesWrongColumnsNamingWhatIsMissingAndUnknown() {
        byte[] csv = "name,phone,colour\nA,0612345678,red\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", csv, 100))
                .isInstanceOfSatisfying(SpreadsheetReader.Refused.class, e -> {
                    assertThat(e.messageKey).isEqualTo("registry.import.error.columns");
                    assertThat((String) e.arguments[0]).contains("name_ar", "registration_number");
                    assertThat((String) e.arguments[1]).contains("name", "colour");
                });
    }

    @Test
    void refusesTooManyRows() {
        var csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 11; i++) {
            csv.append("A,B,COOPERATIVE,R").append(i).append(",05/07/2021,,Taliouine,HONEY,,,,X,M,,1,5,0,0\n");
        }
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", csv.toString().getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOfSatisfying(SpreadsheetReader.Refused.class,
                        e -> assertThat(e.messageKey).isEqualTo("registry.import.error.tooManyRows"));
    }

    @Test
    void refusesACsvThatIsNotUtf8() throws IOException {
        byte[] latin1 = (HEADER + "\nCoopérative,B,COOPERATIVE,R,05/07/2021,,Taliouine,HONEY,,,,X,M,,1,5,0,0\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SpreadsheetReader.read("x.csv", latin1, 10))
                .isInstanceOfSatisfying(SpreadsheetReader.Refused.class,
                        e -> assertThat(e.messageKey).isEqualTo("registry.import.error.encoding"));
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(SpreadsheetColumns.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SpreadsheetColumns.neutralise("+212")).isEqualTo("'+212");
        assertThat(SpreadsheetColumns.neutralise("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetColumns.neutralise("@SUM")).isEqualTo("'@SUM");
        assertThat(SpreadsheetColumns.neutralise("تعاونية")).isEqualTo("تعاونية");
    }
}
