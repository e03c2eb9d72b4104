package ma.tiwizi.registry.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.spreadsheet.SpreadsheetColumns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


class CooperativeImportExportTest extends PostgresIntegrationTest {

    private static final String HEADER = String.join(",", SpreadsheetColumns.IMPORT);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long count() {
        return jdbc.sql("select count(*) from registry_cooperative").query(Long.class).single();
    }

    private String upload(String filename, String content) throws Exception {
        var file = new MockMultipartFile("file", filename, "text/csv", content.getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(multipart("/cooperatives/import").file(file).with(user(admin())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void aPreviewShowsEachRowAndNothingIsSavedUntilConfirmedOnce() throws Exception {
        String good1 = uniqueNumber();
        String good2 = uniqueNumber();
        String bad = uniqueNumber();
        String csv = HEADER + "\n"
                + "تعاونية المستوردة الأولى,Imported One,COOPERATIVE," + good1
                + ",05/07/2021,,Taliouine,SAFFRON,,0612345678,,فاطمة,F,1995,10,2,3,1\n"
                + "تعاونية المستوردة الثانية,Imported Two,اتحاد تعاونيات," + good2
                + ",2020-01-15,,تالوين,Miel,,,,Ali,M,,1,6,0,0\n"
                + ",Broken,COOPERATIVE," + bad + ",31/02/2021,123,Nowhere,SAFFRON,,999,,X,Q,,abc,2,0,5\n"
                + "تعاونية مكررة,Dup,COOPERATIVE," + good1 + ",05/07/2021,,Taliouine,SAFFRON,,,,Y,F,,3,0,0,0\n";
        long before = count();
        String preview = upload("coops.csv", csv);
        assertThat(count()).isEqualTo(before);

        mvc.perform(get(preview).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 أسطر: 2 صحيح، 2 بها أخطاء.")))
                .andExpect(content().string(containsString("name_ar: أدخل اسم التعاونية بالعربية.")))
                .andExpect(content().string(containsString("commune: لا توجد جماعة باسم «Nowhere».")))
                .andExpect(content().string(containsString("created_on: «31/02/2021» ليس تاريخا")))
                .andExpect(content().string(containsString("«" + good1 + "» موجود في أكثر من سطر")));

        mvc.perform(post(preview + "/confirm").with(user(admin())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(preview + "/confirm").with(user(admin())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 2);
        var second = asAdmin(() -> registry.findByRegistrationNumber(good2)).orElseThrow();
        var saved = asAdmin(() -> registry.get(second.id()));
        assertThat(saved.legalForm()).isEqualTo(LegalForm.UNION);
        assertThat(saved.sector()).isEqualTo(Sector.HONEY);
        assertThat(saved.createdOn()).isEqualTo(java.time.LocalDate.of(2020, 1, 15));
        mvc.perform(get(preview).with(user(admin())))
                .andExpect(content().string(containsString("انتهى الاستيراد: تم حفظ تعاونيتين.")));

        byte[] rejected = mvc.perform(get(preview + "/rejected.csv").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(rejected, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("line")).isEqualTo("4");
        assertThat(rows.get(0).get("errors")).contains("commune");
        assertThat(rows.get(1).get("registration_number")).isEqualTo(good1);
    }

    @Test
    void aFileThatIsNotASpreadsheetOrHasWrongColumnsIsRefusedAndNothingIsKept() throws Exception {
        long imports = jdbc.sql("select count(*) from registry_import").query(Long.class).single();
        var pdf = new MockMultipartFile("file", "statutes.pdf", "application/pdf", "%PDF-1.4 ...".getBytes());
        mvc.perform(multipart("/cooperatives/import").file(pdf).with(user(admin())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("هذا الملف ليس جدول بيانات")));
        var wrong = new MockMultipartFile("file", "x.csv", "text/csv", "nom,tel\nA,1\n".getBytes());
        mvc.perform(multipart("/cooperatives/import").file(wrong).with(user(admin())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("الأعمدة لا تطابق النموذج")));
        var empty = new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]);
        mvc.perform(multipart("/cooperatives/import").file(empty).with(user(admin())).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        byte[] big = new byte[3 * 1024 * 1024];
        var tooLarge = new MockMultipartFile("file", "big.csv", "text/csv", big);
        mvc.perform(multipart("/cooperatives/import").file(tooLarge).with(user(admin())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("حجم الملف يتجاوز")));
        assertThat(jdbc.sql("select count(*) from registry_import").query(Long.class).single()).isEqualTo(imports);
    }

    @Test
    void onlyAdministratorsImportAndOnlyTheUploaderSeesTheUpload() throws Exception {
        var file = new MockMultipartFile("file", "x.csv", "text/csv", (HEADER + "\n").getBytes());
        mvc.perform(multipart("/cooperatives/import").file(file).with(user(reviewer())).with(csrf()))
                .andExpect(status().isForbidden());
        String preview = upload("mine.csv", HEADER + "\nتعاونية,A,COOPERATIVE," + uniqueNumber()
                + ",05/07/2021,,Taliouine,SAFFRON,,,,X,F,,3,0,0,0\n");
        var otherAdmin = new ma.tiwizi.platform.TiwiziPrincipal(99, "other-admin", "", "Other",
                ma.tiwizi.platform.Role.ADMIN, null, true, true);
        mvc.perform(get(preview).with(user(otherAdmin))).andExpect(status().isNotFound());
    }

    @Test
    void theTemplateDocumentsEveryColumnInTheUsersLanguage() throws Exception {
        byte[] xlsx = mvc.perform(get("/cooperatives/import/template.xlsx").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(2);
            List<String> header = new ArrayList<>();
            try (var rows = sheets.get(0).openStream()) {
                Row first = rows.findFirst().orElseThrow();
                first.forEach(cell -> header.add(cell.getText()));
            }
            assertThat(header).isEqualTo(SpreadsheetColumns.IMPORT);
            List<Row> help = sheets.get(1).read();
            assertThat(help).hasSize(SpreadsheetColumns.IMPORT.size() + 1);
            assertThat(help.get(1).getCellText(2)).isEqualTo("اسم التعاونية بالعربية.");
        }
    }

    @Test
    void theFilteredListExportsToXlsxAndCsvWithFormulasNeutralised() throws Exception {
        String tag = "EXP" + uniqueNumber();
        register(form("=HYPERLINK(\"http://evil\") " + tag, "+cmd " + tag, uniqueNumber()));
        register(form("تعاونية التصدير " + tag, "@Export " + tag, uniqueNumber()));
        register(form("تعاونية أخرى", "Not exported", uniqueNumber()));

        byte[] xlsx = mvc.perform(get("/cooperatives/export.xlsx").param("q", tag).with(user(reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("name_ar");
            List<String> names = rows.subList(1, 3).stream().map(r -> r.getCellText(0)).toList();
            assertThat(names).contains("'=HYPERLINK(\"http://evil\") " + tag, "تعاونية التصدير " + tag);
            List<String> latin = rows.subList(1, 3).stream().map(r -> r.getCellText(1)).toList();
            assertThat(latin).contains("'+cmd " + tag, "'@Export " + tag);
        }

        String csv = mvc.perform(get("/cooperatives/export.csv").param("q", tag).with(user(reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(r -> assertThat(r.get("name_latin")).startsWith("'"));
        assertThat(records).anySatisfy(r -> assertThat(r.get("name_ar")).isEqualTo("تعاونية التصدير " + tag));
    }
}
