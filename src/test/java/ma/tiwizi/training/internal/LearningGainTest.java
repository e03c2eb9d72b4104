package ma.tiwizi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class LearningGainTest extends TrainingTestSupport {

    @Test
    void anAdministratorWritesQuestionsInThreeLanguagesAndAMismatchKeepsWhatWasTyped() throws Exception {
        long module = asAdmin(() -> programmes.addModule(new ModuleForm("QUIZ_" + uniqueNumber().replace("-", "_"),
                "وحدة", "Module", "Module", "أهداف", "Objectifs", "Objectives", ModuleForm.Format.THEORY, 0)));
        var question = post("/admin/training/modules/" + module + "/questions").with(user(admin())).with(csrf())
                .param("textAr", "ما هو الجمع العام؟").param("textFr", "Qu’est-ce que l’assemblée générale ?")
                .param("textEn", "What is the general assembly?")
                .param("choicesAr", "اجتماع الأعضاء\nمكتب التعاونية").param("choicesFr", "La réunion des membres\nLe bureau")
                .param("choicesEn", "The members' meeting");
        mvc.perform(question.param("correct", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("في اللغات الثلاث")))
                .andExpect(content().string(containsString("ما هو الجمع العام؟")))
                .andExpect(content().string(containsString("La réunion des membres")));
        assertThat(questions(module)).isZero();

        mvc.perform(post("/admin/training/modules/" + module + "/questions").with(user(admin())).with(csrf())
                        .param("textAr", "ما هو الجمع العام؟").param("textFr", "Qu’est-ce que l’AG ?")
                        .param("textEn", "What is the general assembly?")
                        .param("choicesAr", "اجتماع الأعضاء\n\nمكتب التعاونية\n").param("choicesFr", "La réunion\nLe bureau")
                        .param("choicesEn", "The meeting\nThe board").param("correct", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(questions(module)).isOne();
        mvc.perform(get("/admin/training/modules/" + module + "/questions").with(user(admin()))
                        .param("lang", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Qu’est-ce que l’AG ?")));
        mvc.perform(get("/admin/training/modules/" + module + "/questions").with(user(reviewer())))
                .andExpect(status().isForbidden());
    }

    @Test
    void participantsTakeThePreAndPostTestOnTheirPhoneAndTheReportShowsTheGainByModuleSessionCommuneAndSex()
            throws Exception {
        var fixture = fixture();
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة الاختبار " + uniqueNumber());
        long programme = jdbc.sql("select programme_id from training_session where id = :s").param("s", session)
                .query(Long.class).single();
        long cooperative = register(form("تعاونية الاختبار", "Quiz coop", uniqueNumber()));
        String tag = uniqueNumber();
        long invitation = fixture.seat(session, cooperative, "فاطمة " + tag);
        asAdmin(() -> enrolments.enrol(invitation, new ParticipantForm("محمد " + tag, ParticipantForm.Sex.M,
                ParticipantForm.AgeBand.FROM_25_TO_34, "0661000001")));
        List<Long> q = jdbc.sql("""
                select q.id from training_question q join training_module m on m.id = q.module_id
                where m.code = 'MARKETING' order by q.id""").query(Long.class).list();
        assertThat(q).hasSize(3);

        String page = mvc.perform(get("/trainer/sessions/" + session + "/tests").with(user(trainer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String pre = link(page, "pre");
        String post = link(page, "post");
        mvc.perform(get("/trainer/sessions/" + session + "/tests").with(user(fixture.trainer(uniqueNumber()))))
                .andExpect(status().isForbidden());

        clock.set(july2030(2, 8, 30));
        mvc.perform(get(pre)).andExpect(status().isOk())
                .andExpect(content().string(containsString("من هو زبونك المستهدف؟")));
        take(post, "0612345610", q, 2, 1, 1).andExpect(status().isConflict())
                .andExpect(content().string(containsString("الاختبار البعدي مفتوح من بداية الحصة")));
        take(pre, "0612345610", q, 2, null, 1).andExpect(status().isConflict())
                .andExpect(content().string(containsString("أجب عن كل الأسئلة")))
                .andExpect(content().string(containsString("value=\"0612345610\"")))
                .andExpect(content().string(containsString("id=\"q" + q.get(0) + "-2\" value=\"2\" checked")));
        take(pre, "0699999999", q, 1, 1, 1).andExpect(status().isConflict())
                .andExpect(content().string(containsString("لا يوجد مشارك بهذا الرقم")));
        mvc.perform(answers(post("/learning/" + session + "/pre").with(csrf()).param("key", "0000000000")
                        .param("phone", "0612345610"), q, 2, 1, 1))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("هذا الرابط غير صحيح")));
        // Fatima: 1 of 3 before; Mohamed: 2 of 3 before.
        take(pre, "0612345610", q, 2, 2, 2).andExpect(status().isOk())
                .andExpect(content().string(containsString("أجبت بشكل صحيح عن 1 من 3")));
        take(pre, "0612345610", q, 2, 1, 1).andExpect(status().isConflict())
                .andExpect(content().string(containsString("لقد أجريت هذا الاختبار من قبل")));
        take(pre, "0661000001", q, 2, 1, 3).andExpect(status().isOk());

        clock.set(july2030(2, 12, 30));
        take(pre, "0661000001", q, 2, 1, 1).andExpect(status().isConflict())
                .andExpect(content().string(containsString("الاختبار القبلي مغلق")));
        // Fatima: 3 of 3 after; Mohamed: 2 of 3 after.
        take(post, "0612345610", q, 2, 1, 1).andExpect(status().isOk());
        take(post, "0661000001", q, 2, 3, 1).andExpect(status().isOk());
        clock.reset();
        assertThat(jdbc.sql("""
                select count(*) from training_test t join training_participant p on p.id = t.participant_id
                where p.session_id = :s""").param("s", session).query(Long.class).single()).isEqualTo(4);

        mvc.perform(get("/admin/training/" + programme + "/report").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"learning-overall\"")))
                .andExpect(content().string(containsString(
                        "<td>2</td><td><bdi>50,0\u00A0%</bdi></td><td><bdi>83,3\u00A0%</bdi></td><td class=\"fw-semibold\"><bdi>+33,3</bdi>")))
                .andExpect(content().string(containsString(
                        "<td>1</td><td><bdi>33,3\u00A0%</bdi></td><td><bdi>100,0\u00A0%</bdi></td><td class=\"fw-semibold\"><bdi>+66,7</bdi>")))
                .andExpect(content().string(containsString(
                        "<td>1</td><td><bdi>66,7\u00A0%</bdi></td><td><bdi>66,7\u00A0%</bdi></td><td class=\"fw-semibold\"><bdi>0</bdi>")))
                .andExpect(content().string(not(containsString("id=\"no-learning\""))));

        byte[] xlsx = mvc.perform(get("/admin/training/" + programme + "/report.xlsx").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheets().filter(s -> s.getName().equals("مكسب التعلم")).findFirst().orElseThrow();
            var rows = sheet.read();
            assertThat(rows.get(1).getCellText(0)).isEqualTo("المجموع");
            assertThat(rows.get(1).getCellAsNumber(1)).contains(BigDecimal.valueOf(2));
            assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("33.3");
            var bySex = rows.stream().filter(r -> "امرأة".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(bySex.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("66.7");
        }
    }

    private long questions(long module) {
        return jdbc.sql("select count(*) from training_question where module_id = :m").param("m", module)
                .query(Long.class).single();
    }

    /** The path of the test link the trainer's page shows, with its key. */
    private static String link(String page, String phase) {
        var matcher = Pattern.compile("href=\"https?://[^/\"]+(/learning/\\d+/" + phase + "\\?key=[0-9a-f]+)\"")
                .matcher(page);
        assertThat(matcher.find()).as("the %s-test link on the trainer's page", phase).isTrue();
        return matcher.group(1);
    }

    private ResultActions take(String link, String phone, List<Long> questions, Integer... choices) throws Exception {
        String path = link.substring(0, link.indexOf('?'));
        String key = link.substring(link.indexOf("key=") + 4);
        return mvc.perform(answers(post(path).with(csrf()).param("key", key).param("phone", phone), questions,
                choices));
    }

    private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, List<Long> questions,
            Integer... choices) {
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] != null) {
                request.param("q" + questions.get(i), String.valueOf(choices[i]));
            }
        }
        return request;
    }
}
