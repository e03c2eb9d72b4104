package ma.tiwizi.administration.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import ma.tiwizi.Acting;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.administration.assembly.Assemblies;
import ma.tiwizi.administration.assembly.AssemblyForm;
import ma.tiwizi.administration.register.MemberForm;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.administration.rules.AssemblyKind;
import ma.tiwizi.registry.CooperativeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class AdministrationApiTest extends PostgresIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired MemberRegister register;
    @Autowired Assemblies assemblies;

    @Test
    void theRegisterAssembliesAndCalendarAreReadAsJsonByTheCooperativeAndStaffOnly() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الواجهة الإدارية", uniqueNumber()).form());
        long other = register(CooperativeBuilder.aCooperative("تعاونية غريبة", uniqueNumber()).form());
        var president = coop(id);
        for (String name : new String[] {"نعيمة", "سعاد"}) {
            var member = new MemberForm(name, "", MemberForm.Sex.F, 1994, "", "", LocalDate.of(2022, 3, 1), 2,
                    new BigDecimal("100"), new BigDecimal("50"));
            Acting.as(president, () -> register.admit(member));
        }
        long assembly = Acting.as(president, () -> assemblies.prepare(new AssemblyForm(AssemblyKind.ORDINARY,
                LocalDate.now(ZoneId.of("Africa/Casablanca")).plusDays(25), LocalTime.of(10, 0), "المقر",
                "الحسابات\nالفائض")));

        mvc.perform(get("/api/v1/cooperatives/" + id + "/members").with(user(president)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].number").value(1))
                .andExpect(jsonPath("$.items[0].fullName").value("نعيمة"))
                .andExpect(jsonPath("$.items[1].subscribed").value(200.0))
                .andExpect(jsonPath("$.totals.women").value(2));
        mvc.perform(get("/api/v1/cooperatives/" + id + "/members").with(user(coop(other))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cooperatives/" + id + "/assemblies").with(user(reviewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("ORDINARY"))
                .andExpect(jsonPath("$[0].agenda", hasSize(2)))
                .andExpect(jsonPath("$[0].quorumReached").value(false));
        mvc.perform(get("/api/v1/assemblies/" + assembly).with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assemblies/" + assembly).with(user(president))).andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[1].title").value("الفائض"));
        mvc.perform(get("/api/v1/cooperatives/" + id + "/calendar").with(user(president)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].duties", hasSize(4)));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/cooperatives/{id}/members")))
                .andExpect(content().string(containsString("/api/v1/assemblies/{id}")))
                .andExpect(content().string(containsString("/api/v1/cooperatives/{id}/calendar")));
    }
}
