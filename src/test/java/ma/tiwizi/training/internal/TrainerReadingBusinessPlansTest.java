package ma.tiwizi.training.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.bizplan.BusinessPlans;
import ma.tiwizi.bizplan.engine.SamplePlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrainerReadingBusinessPlansTest extends TrainingTestSupport {

    @Autowired
    BusinessPlans plans;

    @Test
    void aTrainerReadsThePlansOfCooperativesEnrolledInTheirSessionsAndNoOther() throws Exception {
        var fixture = fixture();
        var trainer = fixture.trainer(uniqueNumber());
        var otherTrainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة " + uniqueNumber());
        long enrolled = register(form("تعاونية مسجلة", "Enrolled", uniqueNumber()));
        long notEnrolled = register(form("تعاونية غير مسجلة", "Not enrolled", uniqueNumber()));
        long enrolledPlan = asAdmin(() -> plans.create(enrolled, "مخطط المسجلة", SamplePlans.saffron(null)));
        long otherPlan = asAdmin(() -> plans.create(notEnrolled, "مخطط أخرى", SamplePlans.saffron(null)));

        mvc.perform(get("/plans/" + enrolledPlan).with(user(trainer))).andExpect(status().isForbidden());
        fixture.seat(session, enrolled, "خديجة");

        mvc.perform(get("/plans/" + enrolledPlan).with(user(trainer))).andExpect(status().isOk());
        mvc.perform(get("/plans/" + otherPlan).with(user(trainer))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/" + enrolledPlan).with(user(otherTrainer))).andExpect(status().isForbidden());
    }
}
