package ma.tiwizi.administration.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class GovernancePageTest extends PostgresIntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Africa/Casablanca"));
    }

    /** Writes {@code count} members who joined in 2020 straight into the register. */
    private List<Long> members(long cooperative, int count) {
        for (int i = 1; i <= count; i++) {
            jdbc.sql("""
                    insert into administration_member (cooperative_id, number, full_name, sex, joined_on, shares,
                        share_value, paid, called, status, recorded_at, recorded_by)
                    values (:c, :n, :name, 'F', :joined, 1, 100, 100, 100, 'MEMBER', now(), 'test')""")
                    .param("c", cooperative).param("n", i).param("name", "عضوة " + i)
                    .param("joined", LocalDate.of(2020, 2, 1)).update();
        }
        return jdbc.sql("select id from administration_member where cooperative_id = :c order by number")
                .param("c", cooperative).query(Long.class).list();
    }

    private ResultActions elect(TiwiziPrincipal who, long member, String role,
            LocalDate on) throws Exception {
        return mvc.perform(post("/administration/governance/mandates").with(user(who)).with(csrf())
                .param("memberId", String.valueOf(member)).param("role", role).param("electedOn", DAY.format(on)));
    }

    @Test
    void aPresidentDeclaresHerBoardAndSeesWhichMandatesComeUpForRenewal() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية المجلس", uniqueNumber()).form());
        var president = coop(id);
        var members = members(id, 4);

        mvc.perform(get("/administration/governance").with(user(president)).param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لم يُصرَّح بعد بأي متصرف أو مسيّر")))
                .andExpect(content().string(containsString("4 أعضاء")));
        elect(president, members.get(0), "DIRECTOR", today().minusYears(3).plusDays(30))
                .andExpect(flash().attribute("flash", "administration.flash.elected"));
        elect(president, members.get(1), "DIRECTOR", today().minusYears(3).minusDays(1))
                .andExpect(flash().attribute("flash", "administration.flash.elected"));
        elect(president, members.get(2), "DIRECTOR", today())
                .andExpect(flash().attribute("flash", "administration.flash.elected"));
        elect(president, members.get(3), "MANAGER", today())
                .andExpect(flash().attribute("flashError", "administration.error.mixedGovernance"));
        elect(president, members.get(2), "DIRECTOR", today())
                .andExpect(flash().attribute("flashError", "administration.error.alreadyMandated"));

        mvc.perform(get("/administration/governance").with(user(president)).param("lang", "fr"))
                .andExpect(content().string(containsString("À renouveler à la prochaine assemblée")))
                .andExpect(content().string(containsString("Échu : à renouveler")))
                .andExpect(content().string(not(containsString("Aucun administrateur"))));
        mvc.perform(get("/administration/calendar").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"mandates-ending\"")))
                .andExpect(content().string(containsString(DAY.format(today().plusDays(30)))));

        mvc.perform(post("/administration/governance/mandates/" + members.get(1) + "/end").with(user(president))
                        .with(csrf()).param("endedOn", DAY.format(today())))
                .andExpect(flash().attribute("flash", "administration.flash.mandateEnded"));
        mvc.perform(get("/administration/governance").with(user(president)).param("lang", "fr"))
                .andExpect(content().string(containsString("id=\"past-mandates\"")))
                .andExpect(content().string(containsString("Un conseil de 3 à 12 administrateurs (multiple de 3)")))
                .andExpect(content().string(containsString("pas 2")));
        assertThat(jdbc.sql("select count(*) from administration_mandate where cooperative_id = :c").param("c", id)
                .query(Integer.class).single()).as("an ended mandate is kept").isEqualTo(3);
    }

    @Test
    void aboveFiftyMembersAtTheYearEndTheLawRequiresABoard() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية كبيرة", uniqueNumber()).form());
        var members = members(id, 51);

        mvc.perform(get("/administration/governance").with(user(coop(id))).param("lang", "en"))
                .andExpect(content().string(containsString("The cooperative had 51 members on 31/12/"
                        + (today().getYear() - 1) + ": above 50, the law requires a board of directors (art. 47).")));
        elect(coop(id), members.getFirst(), "MANAGER", today()).andExpect(status().is3xxRedirection());
        mvc.perform(get("/administration/governance").with(user(coop(id))).param("lang", "en"))
                .andExpect(content().string(containsString("the law requires a board")));
    }

    @Test
    void theCooperativeDeclaresItsOwnAndStaffOnlyRead() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية القراءة", uniqueNumber()).form());
        long other = register(CooperativeBuilder.aCooperative("تعاونية الجيران", uniqueNumber()).form());
        var members = members(id, 3);
        elect(coop(id), members.getFirst(), "MANAGER", today()).andExpect(status().is3xxRedirection());

        mvc.perform(get("/cooperatives/" + id + "/governance").with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/" + id + "/governance").with(user(reviewer())).param("lang", "ar"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("عضوة 1")))
                .andExpect(content().string(not(containsString("/administration/governance/mandates"))));
        elect(admin(), members.get(1), "MANAGER", today()).andExpect(status().isForbidden());
        elect(coop(other), members.get(1), "MANAGER", today())
                .andExpect(flash().attribute("flashError", "administration.error.exclusionMember"));
        mvc.perform(get("/cooperatives/" + id).with(user(admin())))
                .andExpect(content().string(containsString("/cooperatives/" + id + "/governance")));
    }
}
