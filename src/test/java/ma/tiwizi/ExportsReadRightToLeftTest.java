package ma.tiwizi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ma.tiwizi.funding.internal.CallBuilder;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.funding.internal.Axis;
import ma.tiwizi.funding.internal.CallForm;
import ma.tiwizi.funding.internal.Calls;
import ma.tiwizi.training.internal.Enrolments;
import ma.tiwizi.training.internal.Programmes;
import ma.tiwizi.training.internal.TrainingFixture;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every workbook Tiwizi exports lays its sheets out right to left when written in Arabic, left to right in French. */
class ExportsReadRightToLeftTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Calls calls;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Programmes programmes;

    @Autowired
    Enrolments enrolments;

    /** Each sheet of the workbook: true when it reads right to left. */
    private static List<Boolean> rightToLeft(byte[] xlsx) throws Exception {
        var sheets = new ArrayList<Boolean>();
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            for (var entries = zip.getEntries(); entries.hasMoreElements();) {
                var entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    try (var in = zip.getInputStream(entry)) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        sheets.add(xml.contains("rightToLeft=\"true\""));
                    }
                }
            }
        }
        return sheets;
    }

    @Test
    void everyExportedWorkbookReadsRightToLeftInArabicOnly() throws Exception {
        var form = CallBuilder.aCall("طلب التصدير " + uniqueNumber()).withEnvelope("100000").form();
        long call = asAdmin(() -> calls.publish(form));
        long programme = new TrainingFixture(jdbc, accounts, programmes, enrolments).programme(1);
        var exports = List.of("/cooperatives/export.xlsx", "/cooperatives/import/template.xlsx",
                "/calls/" + call + "/applications.xlsx", "/admin/insights.xlsx",
                "/admin/training/" + programme + "/report.xlsx");
        for (String export : exports) {
            for (String language : List.of("ar", "fr")) {
                byte[] xlsx = mvc.perform(get(export).param("lang", language).with(user(admin())))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                assertThat(rightToLeft(xlsx)).as(export + " in " + language).isNotEmpty()
                        .containsOnly("ar".equals(language));
            }
        }
    }
}
