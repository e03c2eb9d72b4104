package ma.tiwizi.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.registry.CooperativeBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.ToLongFunction;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every count of cooperatives on the dashboard that opens the registry equals the length of the list it opens, on
 * the days where the definitions used to disagree (a cooperative created four years ago less or more ten days).
 */
class DrillDownEqualsItsListTest extends PostgresIntegrationTest {

    private static final long COMMUNE = 41;

    /** The figure behind each indicator that opens the registry; a new one must say what it counts. */
    private static final Map<String, ToLongFunction<Dashboard.Cooperatives>> COUNTED = Map.of(
            "registered", Dashboard.Cooperatives::registered,
            "womenLedShare", Dashboard.Cooperatives::womenLed,
            "youthLedShare", Dashboard.Cooperatives::youthLed,
            "newShare", Dashboard.Cooperatives::newlyCreated);

    @Autowired MockMvc mvc;
    @Autowired Analytics analytics;
    @Autowired Dashboard dashboard;

    @ParameterizedTest
    @ValueSource(strings = {"", "SAFFRON"})
    void everyCountOfCooperativesEqualsTheRegistryListItOpens(String sector) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        if (sector.isEmpty()) {
            cooperative("حديثة بالكاد", today.minusYears(4).plusDays(10), Sex.F, 1980);
            cooperative("قديمة بالكاد", today.minusYears(4).minusDays(10), Sex.M, today.getYear() - 30);
            cooperative("جديدة", today.withDayOfYear(1), Sex.F, today.getYear() - 20);
            cooperative("قديمة", today.minusYears(12), Sex.M, 1960);
        }
        analytics.rebuild();

        var filter = new DashboardFilter(null, null, null, null, null, COMMUNE, sector.isEmpty() ? null : sector,
                null, null);
        var view = asAdmin(() -> dashboard.view(dashboard.scope(filter)));
        assertThat(view.cooperatives().registered()).isGreaterThanOrEqualTo(4);
        int drills = 0;
        for (var indicator : Indicators.of(view)) {
            if (indicator.drill() == null || !indicator.drill().startsWith("/cooperatives")) {
                continue;
            }
            assertThat(COUNTED).as("what " + indicator.key() + " counts").containsKey(indicator.key());
            long figure = COUNTED.get(indicator.key()).applyAsLong(view.cooperatives());
            var results = (PageOf<?>) mvc.perform(get(indicator.drill()).with(user(admin())))
                    .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("results");
            assertThat(results.total()).as(indicator.key() + " → " + indicator.drill()).isEqualTo(figure);
            drills++;
        }
        assertThat(drills).isEqualTo(COUNTED.size());
    }

    private void cooperative(String name, LocalDate created, Sex president, int born) {
        register(CooperativeBuilder.aCooperative("تعاونية " + name, uniqueNumber()).latin("Drill " + created)
                .createdOn(created).in(COMMUNE).in(Sector.SAFFRON).presidedBy("رئيس", president, born)
                .members(5, 5, 0, 0).form());
    }
}
