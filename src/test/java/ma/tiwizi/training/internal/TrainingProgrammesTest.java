package ma.tiwizi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class TrainingProgrammesTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    private long trainer() {
        return asAdmin(() -> accounts.openInitial("t" + uniqueNumber().toLowerCase().replace("-", ""),
                "مكونة " + uniqueNumber(), "trainer-password", Role.TRAINER, null));
    }

    private long programme() throws Exception {
        String location = mvc.perform(post("/admin/training").with(user(admin())).with(csrf())
                        .param("title", "الدورة التكوينية لليوم الدولي للتعاونيات 2026").param("startsOn", "01/07/2026")
                        .param("endsOn", "10/07/2026").param("venue", "دار المبادرة بتارودانت")
                        .param("targetCooperatives", "49").param("sessionsRequired", "2")
                        .param("partners[0].name", "إنجاز المغرب")
                        .param("partners[0].kind", "NGO").param("partners[1].name", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder session(long programme, long trainer, String place, String starts,
            String ends) {
        return post("/admin/training/" + programme + "/sessions").with(user(admin())).with(csrf())
                .param("moduleId", "1").param("trainerId", String.valueOf(trainer)).param("heldOn", "05/07/2026")
                .param("startsAt", starts).param("endsAt", ends).param("place", place).param("capacity", "30");
    }

    @Test
    void theCatalogueComesWithTheSeedsTopicsInThreeLanguages() throws Exception {
        mvc.perform(get("/admin/training/modules").with(user(admin())))
                .andExpect(content().string(containsString("القانون 112.12 المتعلق بالتعاونيات")))
                .andExpect(content().string(containsString("التسويق الرقمي والتجارة الإلكترونية")))
                .andExpect(content().string(containsString("مساطر الحصول على الدعم العمومي")));
        mvc.perform(get("/admin/training/modules").param("lang", "fr").with(user(admin())))
                .andExpect(content().string(containsString("Le modèle économique finançable")));
    }

    @Test
    void aTrainerOrARoomIsNeverBookedTwiceAtTheSameTime() throws Exception {
        long programme = programme();
        long first = trainer();
        long second = trainer();
        mvc.perform(session(programme, first, "القاعة الكبرى", "09:00", "12:00")).andExpect(status().is3xxRedirection());
        mvc.perform(session(programme, first, "قاعة أخرى", "11:00", "13:00")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("يؤطر من قبل في هذا الوقت")));
        mvc.perform(session(programme, second, "القاعة  الكبرى", "11:30", "12:30")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("محجوز من قبل في هذا الوقت")));
        mvc.perform(session(programme, second, "القاعة الكبرى", "12:00", "14:00"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/training/" + programme).with(user(admin())))
                .andExpect(content().string(containsString("إنجاز المغرب")))
                .andExpect(content().string(containsString("الشهادة بعد حضور حصتين")))
                .andExpect(content().string(containsString("05/07/2026 09:00–12:00")));
    }

    @Test
    void badInputIsExplainedAndOnlyAdministratorsPlanTraining() throws Exception {
        mvc.perform(post("/admin/training").with(user(admin())).with(csrf()).param("title", "")
                        .param("startsOn", "10/07/2026").param("endsOn", "01/07/2026").param("venue", "x")
                        .param("targetCooperatives", "0").param("sessionsRequired", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"0\"")))
                .andExpect(content().string(containsString("يجب أن تأتي النهاية بعد البداية.")))
                .andExpect(content().string(containsString("أدخل عدد تعاونيات يساوي 1 أو أكثر.")));
        long programme = programme();
        mvc.perform(session(programme, trainer(), "قاعة", "14:00", "13:00")).andExpect(status().isUnprocessableContent());
        long notATrainer = asAdmin(() -> accounts.openInitial("r" + uniqueNumber().toLowerCase().replace("-", ""),
                "R", "reviewer-password", Role.REVIEWER, null));
        mvc.perform(session(programme, notATrainer, "قاعة", "09:00", "10:00")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("هذا الحساب ليس حساب مكون مفعل")));
        mvc.perform(get("/admin/training").with(user(coop(1)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/training").with(user(reviewer()))).andExpect(status().isForbidden());
        assertThat(programme).isPositive();
    }

    private MockHttpServletRequestBuilder module(String path, String code, String titleAr, int version) {
        return post(path).with(user(admin())).with(csrf()).param("code", code).param("titleAr", titleAr)
                .param("titleFr", "L’export pour débutants").param("titleEn", "Export basics")
                .param("objectivesAr", "معرفة مساطر التصدير.").param("objectivesFr", "Connaître les procédures.")
                .param("objectivesEn", "Know the procedures.").param("format", "PRACTICE")
                .param("version", String.valueOf(version));
    }

    @Test
    void administratorsAddAndEditModulesWithoutLosingAnyonesChanges() throws Exception {
        String code = "EXPORT_" + uniqueNumber().replace("-", "_");
        mvc.perform(module("/admin/training/modules/new", code, "التصدير للمبتدئين", 0))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from training_module where code = :code").param("code", code)
                .query(Long.class).single();
        mvc.perform(get("/admin/training/modules").with(user(admin())))
                .andExpect(content().string(containsString("التصدير للمبتدئين")));
        mvc.perform(module("/admin/training/modules/new", code, "نسخة ثانية", 0)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("وحدة أخرى تحمل الرمز")))
                .andExpect(content().string(containsString("نسخة ثانية")));

        mvc.perform(module("/admin/training/modules/" + id, code, "أساسيات التصدير", 0))
                .andExpect(status().is3xxRedirection());
        mvc.perform(module("/admin/training/modules/" + id, code, "عنوان قديم", 0)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("عنوان قديم")));
        mvc.perform(get("/admin/training/modules/" + id).with(user(admin())))
                .andExpect(content().string(containsString("أساسيات التصدير")));

        mvc.perform(post("/admin/training/modules/new").with(user(admin())).with(csrf()).param("code", "x")
                        .param("titleAr", "عنوان محفوظ").param("format", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("عنوان محفوظ")))
                .andExpect(content().string(containsString("اختر نظري أو تطبيقي.")))
                .andExpect(content().string(containsString("أدخل الأهداف")));
        mvc.perform(module("/admin/training/modules/new", "OTHER_" + code, "x", 0).with(user(reviewer())))
                .andExpect(status().isForbidden());
    }
}
