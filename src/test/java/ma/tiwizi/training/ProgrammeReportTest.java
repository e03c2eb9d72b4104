package ma.tiwizi.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.TestClock;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class ProgrammeReportTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Programmes programmes;

    @Autowired
    Enrolments enrolments;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theReportCountsCooperativesReachedWhoTookPartAndTheAttendanceRateOnScreenAndInExcel() throws Exception {
        var fixture = new TrainingFixture(jdbc, accounts, programmes, enrolments);
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة التقرير " + uniqueNumber());
        long programme = jdbc.sql("select programme_id from training_session where id = :s").param("s", session)
                .query(Long.class).single();
        long womenLedAndNew = register(new CooperativeForm("تعاونية نسائية حديثة", "New women coop",
                LegalForm.COOPERATIVE, uniqueNumber(), LocalDate.of(2024, 3, 1), "", 1L, Sector.ARGAN, "", "", "",
                "Aicha", Sex.F, 1975, 8, 0, 2, 0, null));
        long other = register(form("تعاونية أخرى", "Other", uniqueNumber()));
        String tag = uniqueNumber();
        fixture.seat(session, womenLedAndNew, "أمينة " + tag, "سعاد " + tag);
        fixture.seat(session, other, "زهرة " + tag);
        clock.set(LocalDateTime.of(2030, 7, 2, 10, 0).atZone(ZoneId.of("Africa/Casablanca")).toInstant());
        mark(session, trainer, fixture.participant(session, "أمينة " + tag), true);
        mark(session, trainer, fixture.participant(session, "سعاد " + tag), false);
        mark(session, trainer, fixture.participant(session, "زهرة " + tag), false);
        clock.reset();

        mvc.perform(get("/admin/training/" + programme + "/report").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<bdi>1 / 49</bdi> (<bdi>2.0%</bdi>)")))
                .andExpect(content().string(containsString("id=\"womenLed\"><bdi>100.0%</bdi>")))
                .andExpect(content().string(containsString("id=\"youthLed\"><bdi>0.0%</bdi>")))
                .andExpect(content().string(containsString("id=\"attendance-rate\"><bdi>33.3%</bdi>")));

        byte[] xlsx = mvc.perform(get("/admin/training/" + programme + "/report.xlsx").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            var indicators = new HashMap<String, String>();
            for (var row : sheets.get(0).read()) {
                indicators.put(row.getCellText(0), row.getCellText(1));
            }
            assertThat(indicators).containsEntry("التعاونيات المستفيدة", "1");
            assertThat(new BigDecimal(indicators.get("نسبة الحضور، %"))).isEqualByComparingTo("33.3");
            var people = sheets.get(1).read();
            assertThat(people.get(1).getCellText(0)).isEqualTo("أقل من 25 سنة");
            assertThat(people.get(1).getCellText(1)).isEqualTo("3");
        }
        mvc.perform(get("/admin/training/" + programme + "/report").with(user(trainer))).andExpect(status().isForbidden());
    }

    private void mark(long session, ma.tiwizi.platform.TiwiziPrincipal trainer, long participant, boolean present)
            throws Exception {
        mvc.perform(post("/trainer/sessions/" + session + "/attendance").with(user(trainer)).with(csrf())
                .param("participant", String.valueOf(participant)).param("present", String.valueOf(present)))
                .andExpect(status().is3xxRedirection());
    }
}
