package ma.tiwizi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A local-register number has the form courts write on the registration certificate (ADR 0008). */
class RegistrationNumberTest extends PostgresIntegrationTest {

    @Autowired MockMvc mvc;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1234|1234",
            "1234/2019|1234/2019",
            " 2019 / 1234 |2019/1234",
            "trd-2020-028|TRD-2020-028",
            "١٢٣٤/٢٠١٩|1234/2019",
            "RC 45.2018|RC 45.2018",
            "أكادير 1234|أكادير 1234"
    })
    void numbersAsCourtsWriteThemAreAcceptedAndStoredInOneForm(String typed, String stored) {
        assertThat(RegistrationNumber.Rule.valid(typed)).isTrue();
        assertThat(RegistrationNumber.Rule.clean(typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {"abc", "N/A", "12//2019", "-1234", "1234;2019", "<b>12</b>",
            "1234567890123456789012345678901234567890X"})
    void numbersWithoutADigitOrWithOtherSignsAreRefused(String typed) {
        assertThat(RegistrationNumber.Rule.valid(typed)).isFalse();
    }

    @Test
    void theFormExplainsTheExpectedNumberInTheUsersLanguageAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/cooperatives").with(user(admin())).with(csrf())
                        .param("nameAr", "تعاونية الرقم").param("nameLatin", "Cooperative Raqm")
                        .param("legalForm", "COOPERATIVE").param("registrationNumber", "abc")
                        .param("createdOn", "05/07/2023").param("communeId", "12").param("sector", "HONEY")
                        .param("presidentName", "زينب").param("presidentSex", "F").param("presidentBirthYear", "1996")
                        .param("membersWomen", "9").param("membersMen", "3").param("womenUnder35", "4")
                        .param("menUnder35", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("رقم التسجيل كما هو مدون في شهادة التسجيل")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("value=\"تعاونية الرقم\"")));
    }
}
