package ma.tiwizi.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.registry.CooperativeBuilder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CallsForProjectsTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder call(MockHttpServletRequestBuilder request, String... changes) {
        var fields = new LinkedHashMap<String, String>();
        String[] typed = {"title", "طلب مشاريع الاقتصاد التضامني 2026", "axis", "SOLIDARITY_ECONOMY",
                "opensAt", "01/01/2026 09:00", "closesAt", "31/12/2030 16:30", "budget", "2000000",
                "maxAgeYears", "5", "minWomenYouthPercent", "30", "minMembers", "7",
                "maxPublicSharePercent", "60", "maxPublicAmount", "300000", "minOwnSharePercent", "40",
                "maxInKindSharePercent", "50", "published", "true", "_published", "on"};
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        request.with(csrf()).param("legalForms", "COOPERATIVE", "UNION").param("communes", "80", "81")
                .param("documents", "APPLICATION_FORM", "LEGAL_FILE").param("mandatoryDocuments", "LEGAL_FILE");
        fields.forEach(request::param);
        return request;
    }

    private long publish(String... changes) throws Exception {
        String location = mvc.perform(call(post("/admin/calls"), changes).with(user(admin())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long cooperative(long commune, LocalDate created, int women, int men) {
        return register(CooperativeBuilder.aCooperative("تعاونية الطلب", uniqueNumber()).latin("Call coop")
                .createdOn(created).in(commune).in(Sector.SAFFRON).presidedBy("Amina", Sex.F, 1990)
                .members(women, men, 0, 0).form());
    }

    @Test
    void aCooperativeSeesWhetherItMayApplyAndWhyNotInArabic() throws Exception {
        long call = publish();
        long eligible = cooperative(80, LocalDate.now().minusYears(2), 8, 2);
        long tooFew = cooperative(80, LocalDate.now().minusYears(2), 3, 2);
        long elsewhere = cooperative(3, LocalDate.now().minusYears(9), 0, 9);

        mvc.perform(get("/calls/" + call).with(user(coop(eligible))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("يحق لتعاونيتك الترشح.")))
                .andExpect(content().string(containsString("الدعم العمومي: 60 % على الأكثر من كلفة المشروع")))
                .andExpect(content().string(containsString("الملف القانوني للتعاونية")))
                .andExpect(content().string(containsString("إجباري")));
        mvc.perform(get("/calls/" + call).with(user(coop(tooFew))))
                .andExpect(content().string(containsString("لا يحق لتعاونيتك الترشح لهذا الطلب")))
                .andExpect(content().string(containsString("يشترط هذا الطلب 7 أعضاء على الأقل؛ وتعاونيتك تضم 5 أعضاء.")));
        mvc.perform(get("/calls").with(user(coop(elsewhere))))
                .andExpect(content().string(containsString("هذا الطلب يخص فقط تعاونيات 2 جماعات")))
                .andExpect(content().string(containsString("أسست منذ 5 سنوات على الأكثر")))
                .andExpect(content().string(containsString("يجب أن يمثل النساء والشباب 30 % على الأقل من الأعضاء؛ عندكم 0 %")));
    }

    @Test
    void aDraftIsOnlyForAdministratorsAndOnlyTheyPublish() throws Exception {
        long draft = publish("published", "false", "title", "مسودة سرية");
        long coop = cooperative(80, LocalDate.now(), 5, 0);
        mvc.perform(get("/calls/" + draft).with(user(coop(coop)))).andExpect(status().isNotFound());
        mvc.perform(get("/calls").with(user(coop(coop)))).andExpect(content().string(not(containsString("مسودة سرية"))));
        mvc.perform(get("/calls").with(user(admin()))).andExpect(content().string(containsString("مسودة سرية")));
        mvc.perform(call(post("/admin/calls")).with(user(coop(coop)))).andExpect(status().isForbidden());
        mvc.perform(call(post("/admin/calls")).with(user(reviewer()))).andExpect(status().isForbidden());
    }

    @Test
    void badDatesAndRulesAreExplainedAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(call(post("/admin/calls"), "opensAt", "31/12/2030 09:00", "closesAt", "01/01/2030 09:00",
                        "maxPublicSharePercent", "160", "budget", "0").with(user(admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("يجب أن يغلق الطلب بعد افتتاحه.")))
                .andExpect(content().string(containsString("أدخل نسبة من 0 إلى 100.")))
                .andExpect(content().string(containsString("أدخل مبلغا أكبر من 0.")))
                .andExpect(content().string(containsString("value=\"31/12/2030 09:00\"")));
        mvc.perform(call(post("/admin/calls"), "gridWeights", "10 10 10 10 10").with(user(admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اكتب خمسة أوزان صحيحة موجبة مجموعها 100")));
        mvc.perform(call(post("/admin/calls"), "tranchePlan", "50 40").with(user(admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اكتب نسبا موجبة مجموعها 100")))
                .andExpect(content().string(containsString("value=\"50 40\"")));
        mvc.perform(call(post("/admin/calls"), "closesAt", "tomorrow").with(user(admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"tomorrow\"")));
    }

    @Test
    void theCallClosesAtItsCasablancaTime() throws Exception {
        long closed = publish("closesAt", "02/01/2026 10:00");
        long coop = cooperative(80, LocalDate.now(), 8, 0);
        mvc.perform(get("/calls/" + closed).with(user(coop(coop))).param("lang", "en"))
                .andExpect(content().string(containsString("Closed")))
                .andExpect(content().string(containsString("02/01/2026 10:00")));
    }

    @Test
    void aStaleEditIsRefused() throws Exception {
        long id = publish();
        mvc.perform(call(post("/admin/calls/" + id), "version", "0", "title", "أول تعديل").with(user(admin())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(call(post("/admin/calls/" + id), "version", "0", "title", "تعديل متأخر").with(user(admin())))
                .andExpect(status().isConflict());
        mvc.perform(get("/calls/" + id).with(user(admin())))
                .andExpect(content().string(containsString("أول تعديل")));
        assertThat(id).isPositive();
    }
}
