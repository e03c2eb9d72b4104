package ma.tiwizi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.accounts.ApiTokens;
import ma.tiwizi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class CooperativeApiTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ApiTokens tokens;

    private static String json(String nameAr, String number, Integer version) {
        return """
                {"nameAr": "%s", "nameLatin": "Api Coop", "legalForm": "COOPERATIVE", "registrationNumber": "%s",
                 "createdOn": "2022-04-01", "ice": "", "communeId": 7, "sector": "ARGAN", "phone": "0612345678",
                 "presidentName": "Khadija", "presidentSex": "F", "presidentBirthYear": 1985,
                 "membersWomen": 12, "membersMen": 0, "womenUnder35": 4, "menUnder35": 0%s}"""
                .formatted(nameAr, number, version == null ? "" : ", \"version\": " + version);
    }

    @Test
    void communesAreListed() throws Exception {
        mvc.perform(get("/api/v1/communes").with(user(reviewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(89)))
                .andExpect(jsonPath("$[?(@.nameFr == 'Taliouine' && @.kind == 'municipality')].nameAr")
                        .value("تالوين"));
    }

    @Test
    void anAdministratorCreatesReadsAndUpdatesWithTheVersionGuard() throws Exception {
        String number = uniqueNumber();
        var created = mvc.perform(post("/api/v1/cooperatives").with(user(admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(json("تعاونية الواجهة", number, null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/cooperatives/")))
                .andExpect(jsonPath("$.phone").value("+212612345678"))
                .andExpect(jsonPath("$.womenLed").value(true))
                .andExpect(jsonPath("$.communeFr").exists())
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(put(location).with(user(admin())).contentType(MediaType.APPLICATION_JSON)
                        .content(json("تعاونية الواجهة المعدلة", number, 0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nameAr").value("تعاونية الواجهة المعدلة"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(location).with(user(admin())).contentType(MediaType.APPLICATION_JSON)
                        .content(json("كتابة قديمة", number, 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/cooperatives").param("q", "الواجهه المعدله").with(user(reviewer())))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].registrationNumber")
                        .value(number));
    }

    @Test
    void invalidInputGetsAProblemDetailWithEachFieldInTheCallersLanguage() throws Exception {
        String body = json("", uniqueNumber(), null).replace("\"0612345678\"", "\"12\"");
        mvc.perform(post("/api/v1/cooperatives").with(user(admin())).header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameAr')].message")
                        .value("Saisissez le nom de la coopérative en arabe."))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')]").exists());
        String number = uniqueNumber();
        register(form("تعاونية موجودة", "Existing", number));
        mvc.perform(post("/api/v1/cooperatives").with(user(admin())).contentType(MediaType.APPLICATION_JSON)
                        .content(json("تعاونية", number, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("registrationNumber"));
    }

    @Test
    void aCooperativeClientSeesOnlyItsOwnCooperative() throws Exception {
        long mine = register(form("تعاونيتي للواجهة", "Mine api", uniqueNumber()));
        long other = register(form("تعاونية أخرى للواجهة", "Other api", uniqueNumber()));
        mvc.perform(get("/api/v1/cooperatives/" + other).with(user(coop(mine)))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/cooperatives/" + other).with(user(coop(mine)))
                .contentType(MediaType.APPLICATION_JSON).content(json("x", uniqueNumber(), 0))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cooperatives").with(user(coop(mine))).contentType(MediaType.APPLICATION_JSON)
                .content(json("x", uniqueNumber(), null))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cooperatives").with(user(coop(mine))))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(mine));
        mvc.perform(get("/api/v1/cooperatives/" + mine).with(user(coop(mine)))).andExpect(status().isOk());
    }

    @Test
    void clientsAuthenticateWithHttpBasicOrAPersonalTokenAndNothingElse() throws Exception {
        long coopId = register(form("تعاونية الرمز", "Token coop", uniqueNumber()));
        String username = "api-" + uniqueNumber().toLowerCase();
        long userId = asAdmin(() -> accounts.openInitial(username, "Api user", "long-enough-password", Role.COOP,
                coopId));
        mvc.perform(get("/api/v1/cooperatives/" + coopId)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/cooperatives/" + coopId).with(httpBasic(username, "long-enough-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cooperatives/" + coopId).with(httpBasic(username, "wrong-password")))
                .andExpect(status().isUnauthorized());

        String token = tokens.create(userId, "test client");
        mvc.perform(get("/api/v1/cooperatives/" + coopId).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(coopId));
        mvc.perform(get("/api/v1/cooperatives").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/cooperatives/" + coopId).header("Authorization", "Bearer tw_forged"))
                .andExpect(status().isUnauthorized());
        long tokenId = tokens.active(userId).get(0).id();
        assertThat(tokens.revoke(userId + 1, tokenId)).isFalse();
        assertThat(tokens.revoke(userId, tokenId)).isTrue();
        mvc.perform(get("/api/v1/cooperatives/" + coopId).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentAndHealthArePublished() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/cooperatives")))
                .andExpect(content().string(containsString("/api/v1/communes")))
                .andExpect(content().string(containsString("/api/v1/bizplan/evaluate")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
