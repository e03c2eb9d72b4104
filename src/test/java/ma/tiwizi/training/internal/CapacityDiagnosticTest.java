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

import java.util.List;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CapacityDiagnosticTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Diagnostics diagnostics;

    /** Answers per question 1..20: governance strong, finance absent, the rest in between. */
    private static final List<Integer> FIRST = List.of(3, 3, 3, 3, 0, 0, 0, 0, 2, 2, 1, 1, 1, 2, 3, 2, 2, 0, 1, 0);

    private static MockHttpServletRequestBuilder answers(long cooperative, TiwiziPrincipal who, List<Integer> given) {
        var request = post("/cooperatives/" + cooperative + "/diagnostic").with(user(who)).with(csrf());
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) != null) {
                request.param("answers[" + i + "]", String.valueOf(given.get(i)));
            }
        }
        return request;
    }

    @Test
    void scoresPerDimensionRecommendTheModulesForTheWeakestAndShowTheChange() throws Exception {
        long coop = register(form("تعاونية التشخيص", "Diagnostic coop", uniqueNumber()));
        mvc.perform(answers(coop, coop(coop), FIRST)).andExpect(status().is3xxRedirection());

        var latest = asCoop(coop, () -> diagnostics.history(coop)).get(0);
        assertThat(latest.scores()).containsEntry(Dimension.GOVERNANCE, 100).containsEntry(Dimension.FINANCE, 0)
                .containsEntry(Dimension.ADMINISTRATION, 56).containsEntry(Dimension.PROJECT, 44)
                .containsEntry(Dimension.MARKETING, 78).containsEntry(Dimension.DIGITAL, 11);
        assertThat(latest.weakest()).containsExactly(Dimension.FINANCE, Dimension.DIGITAL, Dimension.PROJECT);
        mvc.perform(get("/cooperatives/" + coop + "/diagnostic").with(user(coop(coop))))
                .andExpect(content().string(containsString("التدبير المالي")))
                .andExpect(content().string(containsString("التسويق الرقمي والتجارة الإلكترونية")))
                .andExpect(content().string(not(containsString("القانون 112.12 المتعلق بالتعاونيات"))));

        var better = new java.util.ArrayList<>(FIRST);
        for (int q = 4; q < 8; q++) {
            better.set(q, 2);
        }
        mvc.perform(answers(coop, admin(), better)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cooperatives/" + coop + "/diagnostic").with(user(coop(coop))))
                .andExpect(content().string(containsString("<bdi>+67</bdi>")))
                .andExpect(content().string(containsString("<bdi>0</bdi>")));
    }

    @Test
    void anUnansweredQuestionIsPointedOutAndTheOtherAnswersAreKept() throws Exception {
        long coop = register(form("تعاونية ناقصة", "Missing coop", uniqueNumber()));
        var partial = new java.util.ArrayList<Integer>(FIRST);
        partial.set(6, null);
        mvc.perform(answers(coop, coop(coop), partial)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اختر جوابا واحدا لهذا السؤال.")))
                .andExpect(content().string(containsString("id=\"q1-3\" value=\"3\" autocomplete=\"off\" checked")))
                .andExpect(content().string(containsString("id=\"q20-0\" value=\"0\" autocomplete=\"off\" checked")));
        mvc.perform(answers(coop, coop(coop), List.of(1, 2, 3))).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("أجب عن كل الأسئلة.")));
        mvc.perform(answers(coop, coop(coop), List.of(3, 3, 3, 3, 0, 0, 0, 0, 2, 2, 1, 1, 1, 2, 3, 2, 2, 0, 1, 9)))
                .andExpect(status().isUnprocessableContent());
        assertThat(asCoop(coop, () -> diagnostics.history(coop))).isEmpty();
    }

    @Test
    void aCooperativeNeverSeesNorAnswersAnothersDiagnostic() throws Exception {
        long mine = register(form("تعاونيتي", "Mine", uniqueNumber()));
        long theirs = register(form("تعاونيتهم", "Theirs", uniqueNumber()));
        mvc.perform(answers(theirs, coop(theirs), FIRST)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cooperatives/" + theirs + "/diagnostic").with(user(coop(mine))))
                .andExpect(status().isForbidden());
        mvc.perform(answers(theirs, coop(mine), FIRST)).andExpect(status().isForbidden());
        mvc.perform(answers(theirs, reviewer(), FIRST)).andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/" + theirs + "/diagnostic").with(user(reviewer())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("name=\"answers[0]\""))));
        assertThat(asCoop(theirs, () -> diagnostics.history(theirs))).hasSize(1);
    }

    private static <T> T asCoop(long cooperative, java.util.function.Supplier<T> action) {
        var principal = coop(cooperative);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
