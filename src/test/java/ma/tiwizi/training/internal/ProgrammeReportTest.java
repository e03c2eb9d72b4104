package ma.tiwizi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.registry.CooperativeBuilder;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

class ProgrammeReportTest extends TrainingTestSupport {

    @Test
    void theReportCountsCooperativesReachedWhoTookPartAndTheAttendanceRateOnScreenAndInExcel() throws Exception {
        var fixture = fixture();
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة التقرير " + uniqueNumber());
        long programme = jdbc.sql("select programme_id from training_session where id = :s").param("s", session)
                .query(Long.class).single();
        long womenLedAndNew = register(CooperativeBuilder.aCooperative("تعاونية نسائية حديثة", uniqueNumber())
                .latin("New women coop").createdOn(LocalDate.of(2024, 3, 1)).in(Sector.ARGAN)
                .presidedBy("Aicha", Sex.F, 1975).members(8, 0, 2, 0).form());
        long other = register(form("تعاونية أخرى", "Other", uniqueNumber()));
        String tag = uniqueNumber();
        fixture.seat(session, womenLedAndNew, "أمينة " + tag, "سعاد " + tag);
        fixture.seat(session, other, "زهرة " + tag);
        clock.set(july2030(2, 10, 0));
        mark(session, trainer, fixture.participant(session, "أمينة " + tag), true).andExpect(status().is3xxRedirection());
        mark(session, trainer, fixture.participant(session, "سعاد " + tag), false).andExpect(status().is3xxRedirection());
        mark(session, trainer, fixture.participant(session, "زهرة " + tag), false).andExpect(status().is3xxRedirection());
        long invitationA = jdbc.sql("select id from training_invitation where session_id = :s and cooperative_id = :c")
                .param("s", session).param("c", womenLedAndNew).query(Long.class).single();
        long invitationB = jdbc.sql("select id from training_invitation where session_id = :s and cooperative_id = :c")
                .param("s", session).param("c", other).query(Long.class).single();
        rate(invitationA, womenLedAndNew, "5").andExpect(status().is3xxRedirection());
        rate(invitationB, other, "4").andExpect(status().is3xxRedirection());
        rate(invitationB, other, "6").andExpect(status().isConflict())
                .andExpect(content().string(containsString("اختر تقييما من 1 إلى 5.")));
        rate(invitationB, womenLedAndNew, "1").andExpect(status().isForbidden());
        clock.reset();
        rate(invitationA, womenLedAndNew, "1").andExpect(status().isConflict())
                .andExpect(content().string(containsString("يمكن تقييم الحصة بعد بدايتها.")));

        mvc.perform(get("/admin/training/" + programme + "/report").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<bdi>1 / 49</bdi> (<bdi>2,0\u00A0%</bdi>)")))
                .andExpect(content().string(containsString("id=\"womenLed\"><bdi>100,0\u00A0%</bdi>")))
                .andExpect(content().string(containsString("id=\"youthLed\"><bdi>0,0\u00A0%</bdi>")))
                .andExpect(content().string(containsString("id=\"attendance-rate\"><bdi>33,3\u00A0%</bdi>")))
                .andExpect(content().string(containsString("id=\"satisfaction\"><bdi>4,5</bdi>")));

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

    private org.springframework.test.web.servlet.ResultActions rate(long invitation, long cooperative, String rating)
            throws Exception {
        return mvc.perform(post("/training/invitations/" + invitation + "/satisfaction").with(user(coop(cooperative)))
                .with(csrf()).param("satisfaction", rating));
    }

}
