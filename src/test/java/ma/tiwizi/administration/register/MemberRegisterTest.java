package ma.tiwizi.administration.register;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class MemberRegisterTest extends PostgresIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long cooperative() {
        return register(CooperativeBuilder.aCooperative("تعاونية السجل", uniqueNumber()).latin("Register coop")
                .members(3, 7, 0, 0).form());
    }

    private static MockHttpServletRequestBuilder line(TiwiziPrincipal who, String name, String sex, String born,
            String shares, String value, String paid) {
        return line(who, name, "jb 123456", sex, born, "15/03/2024", shares, value, paid);
    }

    private static MockHttpServletRequestBuilder line(TiwiziPrincipal who, String name, String cin, String sex,
            String born, String joined, String shares, String value, String paid) {
        return post("/administration/members").with(user(who)).with(csrf()).param("lang", "ar")
                .param("fullName", name).param("cin", cin).param("sex", sex).param("birthYear", born)
                .param("address", "دوار تيزي").param("occupation", "فلاحة").param("joinedOn", joined)
                .param("shares", shares).param("shareValue", value).param("paid", paid);
    }

    private int lines(long cooperative) {
        return jdbc.sql("select count(*) from administration_member where cooperative_id = :c")
                .param("c", cooperative).query(Integer.class).single();
    }

    @Test
    void aPresidentWritesTheFoundersInOrderAndTheRegistryCountsComeFromTheRegister() throws Exception {
        long id = cooperative();
        var president = coop(id);
        int young = LocalDate.now(ZoneId.of("Africa/Casablanca")).getYear() - 30;
        mvc.perform(line(president, "فاطمة أيت علي", "F", String.valueOf(young), "5", "100", "125"))
                .andExpect(redirectedUrl("/administration/members"));
        mvc.perform(line(president, "حسن أوبلا", "", "M", "1970", "15/03/2024", "2", "100", "200"))
                .andExpect(redirectedUrl("/administration/members"));

        mvc.perform(get("/administration/members").with(user(president)).param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("فاطمة أيت علي")))
                .andExpect(content().string(containsString("JB123456")))
                .andExpect(content().string(containsString("المادة 17")))
                .andExpect(content().string(containsString("يبقى 375,00 درهم للدفع")));
        var numbers = jdbc.sql("select number from administration_member where cooperative_id = :c order by id")
                .param("c", id).query(Integer.class).list();
        assertThat(numbers).containsExactly(1, 2);
        var view = asAdmin(() -> registry.get(id));
        assertThat(view.membersWomen()).isEqualTo(1);
        assertThat(view.membersMen()).isEqualTo(1);
        assertThat(view.womenUnder35()).isEqualTo(1);
        assertThat(view.menUnder35()).isZero();
        assertThat(jdbc.sql("select count(*) from administration_movement m join administration_member a "
                + "on a.id = m.member_id where a.cooperative_id = :c and m.kind = 'ADMITTED'").param("c", id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theLawsFloorsAreRefusedWithTheirArticleAndWhatWasTypedStays() throws Exception {
        long id = cooperative();
        mvc.perform(line(coop(id), "زينب", "F", "1990", "2", "99.99", "100"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("لا تقل قيمة الحصة عن 100.00 درهم (المادة 26)")))
                .andExpect(content().string(containsString("value=\"زينب\"")))
                .andExpect(content().string(containsString("value=\"99.99\"")));
        mvc.perform(line(coop(id), "زينب", "F", "1990", "4", "100", "99.99"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("يُدفع ربع الحصص على الأقل عند الاكتتاب (المادة 26)")));
        mvc.perform(line(coop(id), "", "", "19", "0", "", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اكتبوا الاسم الكامل للعضو")))
                .andExpect(content().string(containsString("اختاروا جنس العضو")));
        mvc.perform(line(coop(id), "زينب", "", "F", "1990", "01/01/2999", "1", "100", "25"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("لا يمكن أن يكون تاريخ الانخراط بعد اليوم")));
        assertThat(lines(id)).as("nothing written").isZero();
    }

    @Test
    void aSecondTapWritesOneLineAndTheSamePersonCannotHoldTwo() throws Exception {
        long id = cooperative();
        mvc.perform(line(coop(id), "مريم", "F", "1985", "1", "100", "100")).andExpect(status().is3xxRedirection());
        mvc.perform(line(coop(id), "مريم", "F", "1985", "1", "100", "100")).andExpect(status().is3xxRedirection());
        assertThat(lines(id)).isEqualTo(1);
        mvc.perform(line(coop(id), "مريم بنت علي", "F", "1985", "3", "100", "100"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("يوجد في السجل عضو يحمل البطاقة الوطنية JB123456")));
        assertThat(lines(id)).isEqualTo(1);
    }

    @Test
    void aCooperativeReadsAndWritesOnlyItsOwnRegisterAndStaffOnlyRead() throws Exception {
        long mine = cooperative();
        long other = cooperative();
        mvc.perform(line(coop(other), "سعيد", "M", "1980", "1", "100", "100")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cooperatives/" + other + "/members").with(user(coop(mine)))).andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/" + other + "/members").with(user(reviewer())).param("lang", "ar"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("سعيد")))
                .andExpect(content().string(not(containsString("/administration/members/new"))));
        mvc.perform(line(admin(), "موظف", "M", "1980", "1", "100", "100")).andExpect(status().isForbidden());
        mvc.perform(get("/administration/members/new").with(user(admin()))).andExpect(status().isForbidden());
        mvc.perform(get("/administration/members").with(user(coop(mine))).param("lang", "ar"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("سعيد"))))
                .andExpect(content().string(containsString("لم يُقيد أي عضو بعد")));
    }

    @Test
    void onceTheRegisterIsKeptTheRegistryFormNoLongerChangesTheCounts() throws Exception {
        String number = uniqueNumber();
        long id = register(CooperativeBuilder.aCooperative("تعاونية العدد", number).members(3, 7, 0, 0).form());
        mvc.perform(line(coop(id), "رشيدة", "F", "1990", "1", "100", "100")).andExpect(status().is3xxRedirection());
        int version = asAdmin(() -> registry.get(id)).version();
        asAdmin(() -> {
            registry.update(id, CooperativeBuilder.aCooperative("تعاونية العدد", number).members(30, 70, 5, 5)
                    .atVersion(version).form());
            return null;
        });
        var view = asAdmin(() -> registry.get(id));
        assertThat(view.membersWomen()).isEqualTo(1);
        assertThat(view.membersMen()).isZero();
        assertThat(view.membersFromRegister()).isTrue();
        mvc.perform(get("/cooperatives/" + id + "/edit").with(user(admin())).param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"members-from-register\"")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"membersWomen\"[^>]*readonly.*")));
    }

    @Test
    void aPaymentOnSharesIsRecordedWithItsReceiptAndNeverBeyondWhatIsDue() throws Exception {
        long id = cooperative();
        long other = cooperative();
        mvc.perform(line(coop(id), "لطيفة", "", "F", "1988", "15/03/2024", "4", "100", "100"))
                .andExpect(status().is3xxRedirection());
        long member = jdbc.sql("select id from administration_member where cooperative_id = :c").param("c", id)
                .query(Long.class).single();
        String payments = "/administration/members/" + member + "/payments";
        mvc.perform(post(payments).with(user(coop(id))).with(csrf()).param("amount", "150,50")
                        .param("paidOn", "01/06/2024").param("receipt", "وصل 12"))
                .andExpect(redirectedUrl("/administration/members#member-" + member));
        mvc.perform(post(payments).with(user(coop(id))).with(csrf()).param("amount", "150")
                        .param("paidOn", "01/07/2024").param("receipt", "وصل 13"))
                .andExpect(flash().attribute("flashError", "administration.error.payTooMuch"))
                .andExpect(flash().attribute("flashArgs", new Object[] {"149.50"}));
        mvc.perform(post(payments).with(user(coop(id))).with(csrf()).param("amount", "abc")
                        .param("paidOn", "01/07/2024").param("receipt", "وصل 13"))
                .andExpect(flash().attribute("flashError", "administration.error.payAmount"));
        mvc.perform(post(payments).with(user(coop(other))).with(csrf()).param("amount", "10")
                .param("paidOn", "01/07/2024").param("receipt", "x")).andExpect(status().isForbidden());
        mvc.perform(post(payments).with(user(admin())).with(csrf()).param("amount", "10")
                .param("paidOn", "01/07/2024").param("receipt", "x")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select paid from administration_member where id = :m").param("m", member)
                .query(BigDecimal.class).single()).isEqualByComparingTo("250.50");
        assertThat(jdbc.sql("select count(*) from administration_movement where member_id = :m and kind = 'PAID'")
                .param("m", member).query(Integer.class).single()).isOne();
        mvc.perform(get("/administration/members").with(user(coop(id))).param("lang", "ar"))
                .andExpect(content().string(containsString("يبقى 149,50 درهم للدفع")));
    }
}
