package ma.tiwizi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import ma.tiwizi.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CooperativePagesTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private MockHttpServletRequestBuilder registration(String number) {
        return post("/cooperatives").with(user(admin())).with(csrf())
                .param("nameAr", "تعاونية النحالة للعسل").param("nameLatin", "Cooperative Nahala")
                .param("legalForm", "COOPERATIVE").param("registrationNumber", number)
                .param("createdOn", "05/07/2023").param("ice", "").param("communeId", "12")
                .param("sector", "HONEY").param("phone", "06 61 23 45 67").param("presidentName", "زينب")
                .param("presidentSex", "F").param("presidentBirthYear", "1996").param("membersWomen", "9")
                .param("membersMen", "3").param("womenUnder35", "4").param("menUnder35", "1");
    }

    @Test
    void anAdministratorRegistersACooperativeAndSeesItsPageInArabic() throws Exception {
        String number = uniqueNumber();
        var result = mvc.perform(registration(number)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/cooperatives/*")).andReturn();
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("تعاونية النحالة للعسل")))
                .andExpect(content().string(containsString("06 61 23 45 67")))
                .andExpect(content().string(containsString("ترأسها امرأة")))
                .andExpect(content().string(containsString("يرأسها شاب أو شابة")))
                .andExpect(content().string(containsString("حديثة التأسيس")))
                .andExpect(content().string(containsString("83\u00A0%")))
                .andExpect(content().string(containsString("05/07/2023")));
    }

    @Test
    void invalidFieldsAreExplainedInArabicAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(post("/cooperatives").with(user(admin())).with(csrf())
                        .param("nameAr", "").param("nameLatin", "Kept Latin Name").param("legalForm", "COOPERATIVE")
                        .param("registrationNumber", "KEEP-1").param("createdOn", "01/01/2999")
                        .param("ice", "12345").param("communeId", "3").param("sector", "SAFFRON")
                        .param("phone", "12345").param("presidentName", "Aicha").param("presidentSex", "F")
                        .param("membersWomen", "-2").param("membersMen", "zz").param("womenUnder35", "0")
                        .param("menUnder35", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("أدخل اسم التعاونية بالعربية.")))
                .andExpect(content().string(containsString("لا يمكن أن يكون تاريخ التأسيس في المستقبل.")))
                .andExpect(content().string(containsString("يتكون المعرف الموحد للمقاولة من 15 رقما بالضبط.")))
                .andExpect(content().string(containsString("أدخل رقم هاتف مغربي")))
                .andExpect(content().string(containsString("أدخل عدد الأعضاء، 0 أو أكثر.")))
                .andExpect(content().string(containsString("أدخل عددا صحيحا")))
                .andExpect(content().string(containsString("value=\"Kept Latin Name\"")))
                .andExpect(content().string(containsString("value=\"zz\"")))
                .andExpect(content().string(containsString("value=\"01/01/2999\"")))
                .andExpect(content().string(containsString("href=\"#nameAr\"")));
        assertThat(registry.findByRegistrationNumber("KEEP-1")).isEmpty();
    }

    @Test
    void theSameFormSpeaksFrenchWhenFrenchIsChosen() throws Exception {
        mvc.perform(post("/cooperatives").param("lang", "fr").with(user(admin())).with(csrf())
                        .param("nameAr", "").param("nameLatin", "X").param("legalForm", "COOPERATIVE")
                        .param("registrationNumber", "FR-1").param("createdOn", "01/01/2020")
                        .param("communeId", "3").param("sector", "SAFFRON").param("presidentName", "A")
                        .param("presidentSex", "F").param("membersWomen", "1").param("membersMen", "0")
                        .param("womenUnder35", "3").param("menUnder35", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("Saisissez le nom de la coopérative en arabe.")))
                .andExpect(content().string(containsString("plus de femmes de moins de 35 ans")));
    }

    @Test
    void aDuplicateRegistrationNumberOrIceIsRefusedWithAClearMessage() throws Exception {
        String number = uniqueNumber();
        var first = form("تعاونية أولى", "First", number);
        first = new CooperativeForm(first.nameAr(), first.nameLatin(), first.legalForm(), number, first.createdOn(),
                "001525698000088", first.communeId(), first.sector(), "", "", "", "A", Sex.F, null, 5, 0, 0, 0, null);
        register(first);
        mvc.perform(registration(number)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("توجد تعاونية مسجلة من قبل تحت الرقم " + number)));
        mvc.perform(registration(uniqueNumber()).param("ice", "001 525 698 000 088"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("المعرف الموحد 001525698000088 يخص تعاونية أخرى.")));
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwriting() throws Exception {
        String number = uniqueNumber();
        long id = register(form("تعاونية قديمة", "Old", number));
        var view = asAdmin(() -> registry.get(id));
        java.util.function.Function<String, MockHttpServletRequestBuilder> edit = latin -> post("/cooperatives/" + id)
                .with(user(admin())).with(csrf())
                .param("nameAr", "تعاونية جديدة").param("nameLatin", latin).param("legalForm", "COOPERATIVE")
                .param("registrationNumber", number).param("createdOn", "01/03/2015").param("communeId", "1")
                .param("sector", "HONEY").param("presidentName", "A").param("presidentSex", "M")
                .param("membersWomen", "3").param("membersMen", "7").param("womenUnder35", "0")
                .param("menUnder35", "0").param("version", String.valueOf(view.version()));
        mvc.perform(edit.apply("New")).andExpect(status().is3xxRedirection());
        mvc.perform(edit.apply("Second writer")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("قام شخص آخر بحفظ هذه البطاقة")))
                .andExpect(content().string(containsString("value=\"Second writer\"")));
        assertThat(asAdmin(() -> registry.get(id)).nameLatin()).isEqualTo("New");
    }

    @Test
    void theSearchFindsAnArabicNameWhateverItsSpellingAndALatinNameWhateverItsAccents() throws Exception {
        String number = uniqueNumber();
        register(form("تعاونيَّة الأَمَـــل لِلزَّعْفَرَان إيمان", "Coopérative Élan Safran", number));
        for (String query : new String[] {"الامل", "الأمل", "تعاونيه الامل", "زعفران", "ايمان", "cooperative elan",
                "ÉLAN", number.toLowerCase()}) {
            mvc.perform(get("/cooperatives").param("q", query).with(user(reviewer())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(number)));
        }
        mvc.perform(get("/cooperatives").param("q", "الأمل الزيتون").with(user(reviewer())))
                .andExpect(content().string(not(containsString(number))));
    }

    /** A word of one or two letters finds the words it starts, not every word holding it: 12 finds 12 and 120. */
    @Test
    void aShortWordFindsTheWordsItStarts() throws Exception {
        String tag = "SHW" + uniqueNumber();
        for (String name : new String[] {"الأمل 12", "الأمل 120", "الأمل 312", "الأمل ١٢"}) {
            register(form("تعاونية " + name + " " + tag, "", uniqueNumber()));
        }
        String page = mvc.perform(get("/cooperatives").param("q", tag + " 12").with(user(reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("الأمل 12 " + tag).contains("الأمل 120 " + tag).contains("الأمل ١٢ " + tag)
                .doesNotContain("الأمل 312 " + tag);
        mvc.perform(get("/cooperatives").param("q", tag + " 31").with(user(reviewer())))
                .andExpect(content().string(containsString("الأمل 312 " + tag)));
        mvc.perform(get("/cooperatives").param("q", tag + " 312").with(user(reviewer())))
                .andExpect(content().string(containsString("الأمل 312 " + tag)));
    }

    @Test
    void filtersNarrowTheListAndTheCountSaysHowMany() throws Exception {
        String tag = "FLT" + uniqueNumber();
        var young = CooperativeBuilder.aCooperative("تعاونية شابة " + tag, uniqueNumber()).latin("Young " + tag)
                .createdOn(LocalDate.now().minusYears(1)).in(80L).in(Sector.SAFFRON).presidedBy("Hafsa", Sex.F, 2000)
                .members(8, 2, 5, 1).form();
        var old = CooperativeBuilder.aCooperative("تعاونية قديمة " + tag, uniqueNumber()).latin("Old " + tag)
                .createdOn(LocalDate.of(2001, 1, 1)).in(2L).in(Sector.ARGAN).presidedBy("Brahim", Sex.M, 1950)
                .members(1, 9, 0, 0).form();
        register(young);
        register(old);
        expectCount(get("/cooperatives").param("q", tag), 2);
        expectCount(get("/cooperatives").param("q", tag).param("womenLed", "true"), 1);
        expectCount(get("/cooperatives").param("q", tag).param("youthLed", "true"), 1);
        expectCount(get("/cooperatives").param("q", tag).param("newlyCreated", "true"), 1);
        expectCount(get("/cooperatives").param("q", tag).param("sector", "ARGAN"), 1);
        expectCount(get("/cooperatives").param("q", tag).param("commune", "80"), 1);
        expectCount(get("/cooperatives").param("q", tag).param("cercle", "Taliouine"), 1);
        expectCount(get("/cooperatives").param("q", tag).param("status", "DORMANT"), 0);
        mvc.perform(get("/cooperatives").param("q", tag).param("sort", "-created").param("lang", "en")
                        .with(user(reviewer())))
                .andExpect(content().string(containsString("2 cooperatives found")))
                .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("Young " + tag, "Old " + tag)));
        mvc.perform(get("/cooperatives").param("q", tag).param("sort", "created").param("lang", "en")
                        .with(user(reviewer())))
                .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("Old " + tag, "Young " + tag)));
    }

    @Test
    void theListIsPaginated() throws Exception {
        String tag = "PAGE" + uniqueNumber();
        for (int i = 0; i < 23; i++) {
            register(form("تعاونية " + tag + " " + i, tag + " " + i, uniqueNumber()));
        }
        mvc.perform(get("/cooperatives").param("q", tag).with(user(reviewer())))
                .andExpect(content().string(containsString("عدد التعاونيات: 23")))
                .andExpect(content().string(containsString("الصفحة 1 من 2")))
                .andExpect(content().string(containsString("rel=\"next\"")));
        mvc.perform(get("/cooperatives").param("q", tag).param("page", "2").with(user(reviewer())))
                .andExpect(content().string(containsString("الصفحة 2 من 2")))
                .andExpect(content().string(not(containsString("rel=\"next\""))));
    }

    @Test
    void htmxGetsOnlyTheResultsFragment() throws Exception {
        mvc.perform(get("/cooperatives").header("HX-Request", "true").with(user(reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aCooperativeUserEditsTheirOwnProfileButNotItsLegalIdentity() throws Exception {
        String number = uniqueNumber();
        long id = register(form("تعاونية خاصة", "Own", number));
        int version = asAdmin(() -> registry.get(id)).version();
        mvc.perform(post("/cooperatives/" + id).with(user(coop(id))).with(csrf())
                        .param("nameAr", "تعاونية خاصة معدلة").param("nameLatin", "Own edited")
                        .param("legalForm", "UNION").param("registrationNumber", "HIJACK-" + number)
                        .param("createdOn", "01/03/2015").param("communeId", "1").param("sector", "HONEY")
                        .param("presidentName", "A").param("presidentSex", "F").param("membersWomen", "4")
                        .param("membersMen", "7").param("womenUnder35", "0").param("menUnder35", "0")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        var saved = asAdmin(() -> registry.get(id));
        assertThat(saved.nameAr()).isEqualTo("تعاونية خاصة معدلة");
        assertThat(saved.registrationNumber()).isEqualTo(number);
        assertThat(saved.legalForm()).isEqualTo(LegalForm.COOPERATIVE);
    }

    @Test
    void aCooperativeUserCannotOpenOrEditAnotherCooperative() throws Exception {
        long mine = register(form("تعاونيتي", "Mine", uniqueNumber()));
        long other = register(form("تعاونية غيري", "Other", uniqueNumber()));
        mvc.perform(get("/cooperatives/" + other).with(user(coop(mine)))).andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/" + other + "/edit").with(user(coop(mine)))).andExpect(status().isForbidden());
        mvc.perform(post("/cooperatives/" + other).with(user(coop(mine))).with(csrf())
                        .param("nameAr", "x").param("nameLatin", "x").param("legalForm", "COOPERATIVE")
                        .param("registrationNumber", "x").param("createdOn", "01/03/2015").param("communeId", "1")
                        .param("sector", "HONEY").param("presidentName", "A").param("presidentSex", "F")
                        .param("membersWomen", "4").param("membersMen", "7").param("womenUnder35", "0")
                        .param("menUnder35", "0").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives").with(user(coop(mine)))).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/cooperatives/" + mine));
        mvc.perform(get("/cooperatives/new").with(user(coop(mine)))).andExpect(status().isForbidden());
        mvc.perform(registration(uniqueNumber()).with(user(coop(mine)))).andExpect(status().isForbidden());
        mvc.perform(post("/cooperatives/" + mine + "/status").with(user(coop(mine))).with(csrf())
                .param("status", "DISSOLVED")).andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/export.csv").with(user(coop(mine)))).andExpect(status().isForbidden());
        assertThat(asAdmin(() -> registry.get(other)).nameAr()).isEqualTo("تعاونية غيري");
    }

    @Test
    void anUnknownCooperativeIsNotFoundAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/cooperatives/987654321").with(user(admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/cooperatives")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/login*"));
    }

    @Test
    void anAdministratorChangesTheStatusAndAnIllegalMoveIsRefused() throws Exception {
        long id = register(form("تعاونية الحالة", "Status", uniqueNumber()));
        mvc.perform(post("/cooperatives/" + id + "/status").with(user(admin())).with(csrf()).param("status",
                "DISSOLVED")).andExpect(status().is3xxRedirection());
        assertThat(asAdmin(() -> registry.get(id)).status()).isEqualTo(CooperativeStatus.DISSOLVED);
        var refused = mvc.perform(post("/cooperatives/" + id + "/status").with(user(admin())).with(csrf())
                .param("status", "ACTIVE")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("registry.error.statusMove");
        assertThat(asAdmin(() -> registry.get(id)).status()).isEqualTo(CooperativeStatus.DISSOLVED);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/cooperatives").with(user(admin())).param("nameAr", "x")).andExpect(status().isForbidden());
    }

    @Test
    void theChosenLanguageIsRememberedInACookie() throws Exception {
        mvc.perform(get("/login").param("lang", "fr")).andExpect(cookie().value("tiwizi-lang", "fr"))
                .andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")));
        mvc.perform(get("/login").cookie(new Cookie("tiwizi-lang", "fr")))
                .andExpect(content().string(containsString("Connexion")));
        mvc.perform(get("/login").param("lang", "xx"))
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Sign in")));
    }

    private void expectCount(MockHttpServletRequestBuilder request, int count) throws Exception {
        mvc.perform(request.param("lang", "en").with(user(reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(count == 1 ? "1 cooperative found" : count + " cooperatives found")));
    }

    /**
     * A search on a word that more than a thousand names hold says "more than 1,000" and still shows its first page;
     * the same registry listed without words, and the API, count every cooperative exactly.
     */
    @Test
    void aBroadSearchSaysMoreThanAThousandWhileListsAndTheApiCountExactly() throws Exception {
        String word = "زرزور" + uniqueNumber().replaceAll("[^0-9]", "");
        long id = register(form("تعاونية " + word, "Zarzour " + word, uniqueNumber()));
        jdbc.sql("""
                insert into registry_cooperative (name_ar, name_latin, legal_form, registration_number, created_on,
                  commune_id, sector, president_name, president_sex, members_women, members_men, women_under35,
                  men_under35, status, search_text, created_at, updated_at, created_by, updated_by, version)
                select name_ar, name_latin, legal_form, registration_number || '-' || g, created_on, commune_id, sector,
                  president_name, president_sex, members_women, members_men, women_under35, men_under35, status,
                  search_text, created_at, updated_at, created_by, updated_by, version
                from registry_cooperative, generate_series(1, 1000) g where id = :id""").param("id", id).update();
        try {
            broadSearch(word);
        } finally {
            // the copies would weigh on every later test that lists the registry
            jdbc.sql("delete from registry_cooperative where name_latin = :name and id <> :id")
                    .param("name", "Zarzour " + word).param("id", id).update();
        }
    }

    private void broadSearch(String word) throws Exception {

        mvc.perform(get("/cooperatives").param("q", word).param("lang", "en").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("More than 1,000 cooperatives; narrow the search")))
                .andExpect(content().string(containsString("Zarzour " + word)));
        long everyone = jdbc.sql("select count(*) from registry_cooperative").query(Long.class).single();
        String list = mvc.perform(get("/cooperatives").param("lang", "en").with(user(admin()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(list.replaceAll("(?s).*id=\"result-count\">([^<]*)<.*", "$1"))
                .isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d cooperatives found", everyone));
        mvc.perform(get("/api/v1/cooperatives").param("q", word).with(user(admin())))
                .andExpect(content().string(containsString("\"total\":1001")));
        mvc.perform(get("/cooperatives").param("q", word + " ZZ-NOWHERE").param("lang", "en").with(user(admin())))
                .andExpect(content().string(not(containsString("More than"))));
    }
}
