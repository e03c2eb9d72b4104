package ma.tiwizi.administration.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import ma.tiwizi.Acting;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.TestClock;
import ma.tiwizi.administration.assembly.Assemblies;
import ma.tiwizi.administration.assembly.AssemblyForm;
import ma.tiwizi.administration.register.MemberForm;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.administration.rules.AssemblyKind;
import ma.tiwizi.administration.rules.LegalCalendar.Duty;
import ma.tiwizi.administration.rules.LegalCalendar.State;
import ma.tiwizi.registry.CooperativeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class LegalCalendarPageTest extends PostgresIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired MemberRegister register;
    @Autowired Assemblies assemblies;
    @Autowired Obligations obligations;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void on(int year, int month, int day) {
        clock.set(LocalDateTime.of(year, month, day, 12, 0).atZone(ZoneId.of("Africa/Casablanca")).toInstant());
    }

    private State state(long cooperative, Duty duty) {
        var year = asAdmin(() -> obligations.of(cooperative)).getFirst();
        return year.lines().stream().filter(line -> line.duty() == duty).findFirst().orElseThrow().state();
    }

    @Test
    void theFilingIsDueUntilThirtyDaysAfterTheAssemblyAndLateTheDayAfter() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الآجال", uniqueNumber()).form());
        var president = coop(id);
        on(2027, 4, 1);
        for (int i = 1; i <= 5; i++) {
            var member = new MemberForm("عضو " + i, "", MemberForm.Sex.M, 1980, "", "", LocalDate.of(2020, 1, 6), 1,
                    new BigDecimal("100"), new BigDecimal("100"));
            Acting.as(president, () -> register.admit(member));
        }
        long assembly = Acting.as(president, () -> assemblies.prepare(new AssemblyForm(AssemblyKind.ORDINARY,
                LocalDate.of(2027, 5, 20), LocalTime.of(10, 0), "المقر", "المصادقة على الحسابات")));
        Acting.as(president, () -> {
            assemblies.noticeSent(assembly, LocalDate.of(2027, 4, 1));
            var presence = new HashMap<Long, String>();
            register.current(id).forEach(member -> presence.put(member.id(), "PRESENT"));
            assemblies.recordAttendance(assembly, presence, Map.of());
            return null;
        });
        assertThat(state(id, Duty.ANNUAL_ASSEMBLY)).as("not held yet on 1 April").isEqualTo(State.DUE);

        on(2027, 6, 19);
        assertThat(state(id, Duty.ANNUAL_ASSEMBLY)).isEqualTo(State.DONE);
        assertThat(state(id, Duty.FILING_WITH_CLERK)).isEqualTo(State.DUE);
        assertThat(state(id, Duty.TAX_RETURN)).as("due by 31 March").isEqualTo(State.LATE);
        on(2027, 6, 20);
        assertThat(state(id, Duty.FILING_WITH_CLERK)).isEqualTo(State.LATE);
        mvc.perform(get("/administration/calendar").with(user(president)).param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duty-2026-FILING_WITH_CLERK\"")))
                .andExpect(content().string(containsString("الأجل القادم: التصريح بالضريبة على الشركات، قبل 31/03/2027")));

        mvc.perform(get("/").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("متأخر: التصريح بالضريبة على الشركات، كان أجله 31/03/2027.")));
        mvc.perform(get("/").with(user(admin())).param("lang", "ar"))
                .andExpect(content().string(not(containsString("التصريح بالضريبة على الشركات"))));
        mvc.perform(post("/administration/calendar").with(user(president)).with(csrf()).param("yearEnd", "2026-12-31")
                        .param("duty", "FILING_WITH_CLERK").param("doneOn", "20/06/2027").param("proof", "وصل 1234"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id, Duty.FILING_WITH_CLERK)).isEqualTo(State.DONE);
        mvc.perform(post("/administration/calendar").with(user(president)).with(csrf()).param("yearEnd", "2026-12-31")
                        .param("duty", "TAX_RETURN").param("doneOn", "21/06/2027").param("proof", "DGI-1"))
                .andExpect(flash().attribute("flashError", "administration.error.doneOn"));
        mvc.perform(post("/administration/calendar").with(user(admin())).with(csrf()).param("yearEnd", "2026-12-31")
                .param("duty", "TAX_RETURN").param("doneOn", "20/06/2027").param("proof", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/" + id + "/calendar").with(user(reviewer()))).andExpect(status().isOk());
    }

    @Test
    void theCommitteeSeesWhichCooperativesAreInOrderAndOnlyStaffSeeIt() throws Exception {
        long kept = register(CooperativeBuilder.aCooperative("تعاونية ملتزمة", uniqueNumber()).in(41L).form());
        long idle = register(CooperativeBuilder.aCooperative("تعاونية للتتبع", uniqueNumber()).in(41L).form());
        var president = coop(kept);
        on(2027, 4, 1);
        for (int i = 1; i <= 4; i++) {
            var member = new MemberForm("منخرط " + i, "", MemberForm.Sex.F, 1990, "", "", LocalDate.of(2020, 1, 6),
                    1, new BigDecimal("100"), new BigDecimal("100"));
            Acting.as(president, () -> register.admit(member));
        }
        long assembly = Acting.as(president, () -> assemblies.prepare(new AssemblyForm(AssemblyKind.ORDINARY,
                LocalDate.of(2027, 5, 20), LocalTime.of(10, 0), "المقر", "الحسابات")));
        Acting.as(president, () -> {
            assemblies.noticeSent(assembly, LocalDate.of(2027, 4, 1));
            var presence = new HashMap<Long, String>();
            var members = register.current(kept);
            presence.put(members.get(0).id(), "PRESENT");
            assemblies.recordAttendance(assembly, presence, Map.of());
            return null;
        });
        on(2027, 6, 1);
        assertThat(state(kept, Duty.ANNUAL_ASSEMBLY)).as("1 of 4 present: no quorum, not held").isEqualTo(State.DUE);
        Acting.as(president, () -> {
            var presence = new HashMap<Long, String>();
            register.current(kept).forEach(member -> presence.put(member.id(), "PRESENT"));
            assemblies.recordAttendance(assembly, presence, Map.of());
            obligations.markDone(LocalDate.of(2026, 12, 31), Duty.FILING_WITH_CLERK, LocalDate.of(2027, 5, 30),
                    "وصل 77");
            return null;
        });
        mvc.perform(get("/admin/compliance").param("commune", "41").param("lang", "ar").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"standing-" + kept + "\"")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"standing-" + kept + "\".*?data-in-order=\"true\".*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"standing-" + idle + "\".*?data-in-order=\"false\".*")));
        mvc.perform(get("/admin/compliance").with(user(coop(kept)))).andExpect(status().isForbidden());
    }
}
