package ma.tiwizi.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import ma.tiwizi.training.internal.TrainingTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A call may require the cooperative to have taken part in a training programme (issue 4, read from training). */
class TrainingEligibilityTest extends TrainingTestSupport {

    @Autowired
    Calls calls;

    @Autowired
    ma.tiwizi.training.TrainingRecord trainingRecord;

    @Test
    void onlyCooperativesWithAParticipantMarkedPresentInTheProgrammeMayApply() throws Exception {
        var fixture = fixture();
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة الأهلية " + uniqueNumber());
        long programme = jdbc.sql("select programme_id from training_session where id = :s").param("s", session)
                .query(Long.class).single();
        String title = jdbc.sql("select title from training_programme where id = :p").param("p", programme)
                .query(String.class).single();
        long trained = register(form("تعاونية مكونة", "Trained", uniqueNumber()));
        long absent = register(form("تعاونية غائبة", "Absent", uniqueNumber()));
        String tag = uniqueNumber();
        fixture.seat(session, trained, "حاضرة " + tag);
        fixture.seat(session, absent, "غائبة " + tag);
        clock.set(july2030(2, 10, 0));
        mark(session, trainer, fixture.participant(session, "حاضرة " + tag), true).andExpect(status().is3xxRedirection());
        mark(session, trainer, fixture.participant(session, "غائبة " + tag), false).andExpect(status().is3xxRedirection());
        clock.reset();

        var form = CallBuilder.aCall("طلب المكونين " + uniqueNumber()).forLegalForms().reservedToTheProgramme(programme)
                .form();
        long call = asAdmin(() -> calls.publish(form));

        mvc.perform(get("/calls/" + call).with(user(coop(trained))))
                .andExpect(content().string(containsString("شاركت تعاونيتك في البرنامج التكويني «" + title + "»")));
        mvc.perform(get("/calls/" + call).with(user(coop(absent))))
                .andExpect(content().string(containsString("لم يسجل أي من مشاركيكم حاضرا فيه")));
        var refused = mvc.perform(post("/calls/" + call + "/apply").with(user(coop(absent))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("funding.error.notEligible");
        mvc.perform(post("/calls/" + call + "/apply").with(user(coop(trained))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from funding_application where call_id = :c").param("c", call)
                .query(Long.class).single()).isOne();
        assertThat(asAdmin(() -> trainingRecord.attendedSessions(trained))).singleElement().satisfies(a -> {
            assertThat(a.programme()).isEqualTo(title);
            assertThat(a.moduleAr()).isEqualTo("التسويق");
            assertThat(a.present()).isOne();
        });
        assertThat(asAdmin(() -> trainingRecord.attendedSessions(absent))).isEmpty();
        mvc.perform(get("/cooperatives/" + trained + "/training").with(user(coop(trained))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("حاضر واحد")));
        mvc.perform(get("/cooperatives/" + trained + "/training").with(user(coop(absent))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/calls/" + call + "/edit").with(user(admin())))
                .andExpect(content().string(containsString("value=\"" + programme + "\" selected")));
    }

}
