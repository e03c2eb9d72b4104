package ma.tiwizi.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.registry.CooperativeBuilder;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import ma.tiwizi.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Arabic pages name every place in Arabic: communes, caidats, cercles, provinces and regions. */
class ArabicPlaceNamesTest extends PostgresIntegrationTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    @Autowired CommuneDirectory communes;
    @Autowired MockMvc mvc;

    @Test
    void everyTerritoryNameHasItsArabicForm() {
        var levels = java.util.Map.<String, Function<Commune, String>>of(
                "commune", c -> c.name(ARABIC), "caidat", c -> c.caidatName(ARABIC),
                "cercle", c -> c.cercleName(ARABIC), "province", c -> c.provinceName(ARABIC),
                "region", c -> c.regionName(ARABIC));
        assertThat(communes.all()).hasSizeGreaterThanOrEqualTo(89);
        for (var commune : communes.all()) {
            levels.forEach((level, name) -> {
                String arabic = name.apply(commune);
                if (arabic != null) {
                    assertThat(LATIN.matcher(arabic).find()).as(level + " of " + commune.code() + ": " + arabic)
                            .isFalse();
                }
            });
        }
        assertThat(communes.cercles(ARABIC)).extracting(CommuneDirectory.Place::label).contains("أولاد تايمة");
        assertThat(communes.cercles(Locale.FRENCH)).extracting(CommuneDirectory.Place::label)
                .contains("Oulad Teima");
    }

    @Test
    void arabicPagesShowTheArabicNamesWhileFiltersKeepTheirValues() throws Exception {
        long bigoudine = communes.all().stream().filter(c -> c.code().equals("taroudant-bigoudine")).findFirst()
                .orElseThrow().id();
        long id = register(CooperativeBuilder.aCooperative("تعاونية بيكودين", uniqueNumber()).latin("Bigoudine coop")
                .in(bigoudine).form());
        String show = mvc.perform(get("/cooperatives/" + id + "?lang=ar").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(show).contains("بيكودين").contains("أولاد تايمة").doesNotContain("Oulad Teima");
        String dashboard = mvc.perform(get("/admin/insights?lang=ar").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("<option value=\"Oulad Teima\">أولاد تايمة</option>")
                .contains("<option value=\"Taroudant\">تارودانت</option>");
        String list = mvc.perform(get("/cooperatives?lang=ar&cercle={cercle}", "Oulad Teima").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("<option value=\"Oulad Teima\" selected>أولاد تايمة</option>")
                .contains("تعاونية بيكودين");
    }
}
