package ma.tiwizi.registry.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ma.tiwizi.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spreadsheets built to exhaust memory — small files that expand to hundreds of megabytes — are refused with the
 * import's usual message, after reading them in bounded memory, and nothing is kept.
 */
class SpreadsheetBombTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    /**
     * An .xlsx as Excel-compatible writers make it (fastexcel), whose sheet is replaced by the given rows' XML, with
     * an extra entry of the given (highly compressible) size and as many more small entries as asked.
     */
    private static byte[] xlsx(String rows, String extraEntry, long extraBytes, int extraEntries) throws IOException {
        var base = new ByteArrayOutputStream();
        var workbook = new org.dhatim.fastexcel.Workbook(base, "test", "1.0");
        workbook.newWorksheet("s").value(0, 0, "x");
        workbook.finish();
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out);
                var original = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                        .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(
                                base.toByteArray())).get()) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (var entries = original.getEntries(); entries.hasMoreElements();) {
                var entry = entries.nextElement();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    put(zip, entry.getName(), SHEET_START + rows + SHEET_END);
                } else {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    try (var in = original.getInputStream(entry)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            if (extraEntry != null) {
                zip.putNextEntry(new ZipEntry(extraEntry));
                byte[] zeros = new byte[1 << 20];
                for (long written = 0; written < extraBytes; written += zeros.length) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            for (int i = 0; i < extraEntries; i++) {
                put(zip, "xl/media/extra" + i + ".xml", "<x/>");
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String header() {
        var cells = new StringBuilder("<row r=\"1\">");
        for (int i = 0; i < SpreadsheetColumns.IMPORT.size(); i++) {
            cells.append("<c r=\"").append((char) ('A' + i)).append("1\" t=\"inlineStr\"><is><t>")
                    .append(SpreadsheetColumns.IMPORT.get(i)).append("</t></is></c>");
        }
        return cells.append("</row>").toString();
    }

    private static void refusedAsUnusual(byte[] file) {
        assertThatThrownBy(() -> SpreadsheetReader.read("bomb.xlsx", file, 5000))
                .isInstanceOfSatisfying(SpreadsheetReader.Refused.class,
                        e -> assertThat(e.messageKey).isEqualTo("registry.import.error.unusual"));
    }

    @Test
    void anOrdinaryHandBuiltSheetStillReads() throws Exception {
        var sheet = SpreadsheetReader.read("ok.xlsx", xlsx(header() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\">"
                + "<is><t>تعاونية</t></is></c></row>", null, 0, 0), 5000);
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0)).containsEntry("name_ar", "تعاونية");
    }

    @Test
    void aSmallFileThatInflatesToHundredsOfMegabytesIsRefused() throws Exception {
        byte[] bomb = xlsx(header(), "xl/media/image1.bin", 200L << 20, 0);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        refusedAsUnusual(bomb);
    }

    @Test
    void aHugeCellIsRefusedBeforeAnyLibraryReadsIt() throws Exception {
        char[] text = new char[5_000_000];
        Arrays.fill(text, 'ز');
        refusedAsUnusual(xlsx(header() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + new String(text)
                + "</t></is></c></row>", null, 0, 0));
    }

    @Test
    void aRowReachingMillionsOfColumnsIsRefused() throws Exception {
        refusedAsUnusual(xlsx(header() + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"XFD2\"><v>1</v></c></row>",
                null, 0, 0));
        refusedAsUnusual(xlsx(header() + "<row r=\"2\"><c r=\"ZZZZZZ2\"><v>1</v></c></row>", null, 0, 0));
    }

    @Test
    void anArchiveOfThousandsOfEntriesIsRefused() throws Exception {
        refusedAsUnusual(xlsx(header(), null, 0, 2_000));
    }

    @Test
    void moreRowsThanAllowedAreCountedWhileStreaming() throws Exception {
        var rows = new StringBuilder(header());
        for (int r = 2; r <= 30; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        assertThatThrownBy(() -> SpreadsheetReader.read("many.xlsx", xlsx(rows.toString(), null, 0, 0), 10))
                .isInstanceOfSatisfying(SpreadsheetReader.Refused.class,
                        e -> assertThat(e.messageKey).isEqualTo("registry.import.error.tooManyRows"));
    }

    @Test
    void theImportPageExplainsTheRefusalInArabicAndKeepsNothing() throws Exception {
        long before = jdbc.sql("select count(*) from registry_import").query(Long.class).single();
        var bomb = new MockMultipartFile("file", "bomb.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(header(), "xl/media/image1.bin", 200L << 20, 0));
        mvc.perform(multipart("/cooperatives/import").file(bomb).with(user(admin())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("هذا الملف ليس جدولا عاديا")));
        assertThat(jdbc.sql("select count(*) from registry_import").query(Long.class).single()).isEqualTo(before);
    }
}
