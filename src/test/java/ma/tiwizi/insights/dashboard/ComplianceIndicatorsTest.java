package ma.tiwizi.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.registry.CooperativeBuilder;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboards show the share of cooperatives keeping their register and in order with law 112-12. */
class ComplianceIndicatorsTest extends PostgresIntegrationTest {

    /** A commune no other test registers cooperatives in. */
    private static final long COMMUNE = 43;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Analytics analytics;

    @Test
    void aCooperativeIsInOrderWithItsRegisterAnAnnualAssemblyWithQuorumInTimeAndItsFiling() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        LocalDate yearEnd = LocalDate.of(today.getYear() - 1, 12, 31);
        LocalDate held = today.isBefore(yearEnd.plusDays(30)) ? today : yearEnd.plusDays(30);
        long inOrder = cooperative("تعاونية ملتزمة", Sex.F);
        long quorumMissed = cooperative("تعاونية بلا نصاب", Sex.M);
        cooperative("تعاونية بلا سجل", Sex.F);
        cooperative("تعاونية أخرى بلا سجل", Sex.M);
        member(inOrder);
        member(quorumMissed);
        assembly(inOrder, held, true);
        filed(inOrder, yearEnd, held);
        assembly(quorumMissed, held, false);
        filed(quorumMissed, yearEnd, held);

        analytics.rebuild();

        String page = dashboard("");
        assertThat(indicator(page, "registered")).isEqualTo("4");
        assertThat(indicator(page, "registerKeptShare")).isEqualTo("50,0 %");
        assertThat(indicator(page, "inOrderShare")).isEqualTo("25,0 %");
        assertThat(page).contains("التعاونيات الملتزمة بالقانون 112.12");
        String women = dashboard("&womenLed=true");
        assertThat(indicator(women, "registered")).isEqualTo("2");
        assertThat(indicator(women, "inOrderShare")).as("read from each cooperative, not the rolled-up table")
                .isEqualTo("50,0 %");
    }

    private long cooperative(String name, Sex president) {
        return register(CooperativeBuilder.aCooperative(name, uniqueNumber()).in(COMMUNE)
                .createdOn(LocalDate.of(2019, 5, 1)).presidedBy("رئيس", president, 1975).form());
    }

    private void member(long cooperative) throws Exception {
        mvc.perform(post("/administration/members").with(user(coop(cooperative))).with(csrf())
                .param("fullName", "عضو مؤسس").param("sex", "F").param("birthYear", "1980")
                .param("joinedOn", "01/02/2020").param("shares", "1").param("shareValue", "100").param("paid", "100"))
                .andExpect(status().is3xxRedirection());
    }

    private void assembly(long cooperative, LocalDate heldOn, boolean quorum) {
        jdbc.sql("""
                insert into administration_assembly (cooperative_id, kind, held_on, starts_at, place, call_number,
                    notice_sent_on, members_at_call, quorum_reached, created_at, created_by, version)
                values (:c, 'ORDINARY', :on, '10:00', 'مقر التعاونية', 1, :sent, 1, :quorum, now(), 'test', 0)""")
                .param("c", cooperative).param("on", heldOn).param("sent", heldOn.minusDays(20))
                .param("quorum", quorum).update();
    }

    private void filed(long cooperative, LocalDate yearEnd, LocalDate on) {
        jdbc.sql("""
                insert into administration_duty_done (cooperative_id, year_end, duty, done_on, proof, recorded_at,
                    recorded_by) values (:c, :y, 'FILING_WITH_CLERK', :on, 'وصل الإيداع', now(), 'test')""")
                .param("c", cooperative).param("y", yearEnd).param("on", on).update();
    }

    private String dashboard(String filters) throws Exception {
        return mvc.perform(get("/admin/insights?commune=" + COMMUNE + filters).with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String indicator(String page, String key) {
        int at = page.indexOf("id=\"indicator-" + key + "\"");
        assertThat(at).as("indicator " + key).isPositive();
        String card = page.substring(at, page.indexOf("</details>", at));
        var matcher = Pattern.compile("<bdi>([^<]*)</bdi>").matcher(card);
        return matcher.find() ? matcher.group(1).replace('\u202F', ' ').replace('\u00A0', ' ') : "—";
    }
}
