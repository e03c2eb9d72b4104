package ma.tiwizi.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.funding.internal.CallBuilder;
import ma.tiwizi.funding.internal.Calls;
import ma.tiwizi.market.Products;
import ma.tiwizi.market.orders.Orders;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.registry.CooperativeBuilder;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class DashboardTest extends PostgresIntegrationTest {

    /** A commune no other test registers cooperatives in. */
    private static final long COMMUNE = 40;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Analytics analytics;
    @Autowired Calls calls;
    @Autowired Products products;
    @Autowired Orders orders;

    @Test
    void theDashboardCountsWhatEveryModuleRecordedFromTheAnalyticsTablesAndExportsIt() throws Exception {
        int year = LocalDate.now(ZoneId.of("Africa/Casablanca")).getYear();
        long women = register(CooperativeBuilder.aCooperative("تعاونية اللوحة", uniqueNumber()).latin("Dashboard coop")
                .createdOn(LocalDate.of(year, 1, 15)).in(COMMUNE).in(Sector.SAFFRON).presidedBy("حليمة", Sex.F, 1970)
                .members(10, 2, 3, 1).form());
        long youth = register(CooperativeBuilder.aCooperative("تعاونية الشباب", uniqueNumber()).latin("Youth coop")
                .createdOn(LocalDate.of(year - 1, 6, 1)).in(COMMUNE).presidedBy("يوسف", Sex.M, year - 25)
                .members(1, 6, 0, 4).form());
        attended(women, year);
        approvedAndPaid(women, year);
        order(women);
        analytics.rebuild();

        String page = mvc.perform(get("/admin/insights?commune=" + COMMUNE + "&fromYear=" + (year - 1) + "&toYear="
                        + year).with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(indicator(page, "registered")).isEqualTo("2");
        assertThat(indicator(page, "womenLedShare")).isEqualTo("50,0 %");
        assertThat(indicator(page, "youthLedShare")).isEqualTo("50,0 %");
        assertThat(indicator(page, "members")).isEqualTo("19");
        assertThat(indicator(page, "reached")).isEqualTo("1");
        assertThat(indicator(page, "participantsWomen")).isEqualTo("2");
        assertThat(indicator(page, "participantsUnder25")).isEqualTo("2");
        assertThat(indicator(page, "participants50")).isEqualTo("0");
        assertThat(indicator(page, "attendanceRate")).isEqualTo("50,0 %");
        assertThat(indicator(page, "applicationsApproved")).isEqualTo("1");
        assertThat(indicator(page, "amountApproved")).isEqualTo("60 000,00 درهم");
        assertThat(indicator(page, "amountPaid")).isEqualTo("24 000,00 درهم");
        assertThat(indicator(page, "jobsWomen")).isEqualTo("3");
        assertThat(indicator(page, "orders")).isEqualTo("1");
        assertThat(indicator(page, "sales")).isEqualTo("190,00 درهم");
        assertThat(page).contains("href=\"/cooperatives?sort=name&amp;commune=" + COMMUNE + "&amp;womenLed=true\"")
                .contains("التعاونيات التي ترأسها امرأة، من بين التعاونيات المسجلة.");

        assertThat(page).contains("href=\"/admin/insights/list?indicator=applicationsApproved&amp;commune=" + COMMUNE);
        mvc.perform(get("/admin/insights/list").param("indicator", "applicationsApproved")
                        .param("commune", String.valueOf(COMMUNE)).param("fromYear", String.valueOf(year - 1))
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("تعاونية اللوحة")))
                .andExpect(content().string(containsString("DASH-")))
                .andExpect(content().string(containsString("60\u202F000,00 درهم")))
                .andExpect(content().string(containsString("id=\"list-count\">سطر واحد")));
        mvc.perform(get("/admin/insights/list").param("indicator", "participantsWomen")
                        .param("commune", String.valueOf(COMMUNE)).with(user(admin())))
                .andExpect(content().string(containsString("id=\"list-count\">سطران")))
                .andExpect(content().string(containsString("حاضر")));
        mvc.perform(get("/admin/insights/list").param("indicator", "orders").param("commune", String.valueOf(COMMUNE))
                        .with(user(admin())))
                .andExpect(content().string(containsString("190,00 درهم")));
        mvc.perform(get("/admin/insights/list").param("indicator", "nothing").with(user(admin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/insights").param("commune", String.valueOf(COMMUNE)).param("womenLed", "true")
                        .with(user(admin())))
                .andExpect(content().string(containsString("id=\"indicator-registered\">")));
        long later = register(CooperativeBuilder.aCooperative("تعاونية جديدة", uniqueNumber()).latin("New coop")
                .createdOn(LocalDate.of(year, 3, 1)).in(COMMUNE).in(Sector.ARGAN).presidedBy("سعاد", Sex.F, 1980)
                .members(5, 0, 0, 0).form());
        assertThat(indicator(dashboard(), "registered")).as("read from the analytics tables, not live").isEqualTo("2");
        mvc.perform(post("/admin/insights/rebuild").with(user(admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(indicator(dashboard(), "registered")).isEqualTo("3");
        assertThat(later).isPositive();

        byte[] xlsx = mvc.perform(get("/admin/insights.xlsx").param("commune", String.valueOf(COMMUNE))
                        .with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName()).containsExactly("المؤشرات", "حسب الجماعة", "حسب السنة");
            var rows = sheets.get(0).read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("نتائج البرنامج");
            assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo("المجال الترابي"));
            var registered = rows.stream().filter(r -> "التعاونيات المسجلة".equals(r.getCellText(0))).findFirst()
                    .orElseThrow();
            assertThat(registered.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("3");
            assertThat(sheets.get(1).read()).anySatisfy(r -> assertThat(r.getCellText(1)).isEqualTo("Taroudant"));
        }
        for (String language : List.of("ar", "fr")) {
            byte[] pdf = mvc.perform(get("/admin/insights.pdf").param("commune", String.valueOf(COMMUNE))
                            .param("language", language).with(user(admin())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var document = Loader.loadPDF(pdf)) {
                String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
                assertThat(text).contains(language.equals("ar") ? "نتائج البرنامج" : "Résultats du programme");
            }
        }
    }

    @Autowired ma.tiwizi.territory.CommuneDirectory communes;
    @Autowired java.time.Clock clock;

    /** In production a view is remembered until the analytics tables are rebuilt, and only until then. */
    @Test
    void aRememberedViewLastsUntilTheNextRebuild() {
        var remembering = new Dashboard(jdbc, communes, clock, true);
        var filter = new DashboardFilter(1990, null, null, null, null, 41L, null, null, null);
        analytics.rebuild();
        long before = asAdmin(() -> remembering.view(filter)).cooperatives().registered();
        register(CooperativeBuilder.aCooperative("تعاونية الذاكرة", uniqueNumber()).latin("Remembered coop")
                .createdOn(LocalDate.of(2020, 1, 1)).in(41L).presidedBy("سعاد", Sex.F, 1980).members(5, 0, 0, 0)
                .form());
        assertThat(asAdmin(() -> remembering.view(filter)).cooperatives().registered()).isEqualTo(before);
        analytics.rebuild();
        assertThat(asAdmin(() -> remembering.view(filter)).cooperatives().registered()).isEqualTo(before + 1);
    }

    @Test
    void impossibleFiltersAreExplainedAndOnlyAdministratorsSeeTheDashboard() throws Exception {
        mvc.perform(get("/admin/insights").param("commune", "999999").with(user(admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("هذه الجماعة غير معروفة")));
        mvc.perform(get("/admin/insights").param("fromYear", "2026").param("toYear", "2020").with(user(admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("فترة غير ممكنة")));
        mvc.perform(get("/admin/insights").param("fromYear", "last year").with(user(admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("بعض الاختيارات غير مفهومة")));
        // an export of a filter the dashboard cannot apply leads back to the dashboard, which explains it
        for (String export : List.of("/admin/insights.xlsx", "/admin/insights.pdf")) {
            mvc.perform(get(export + "?commune=987654&language=fr").with(user(admin())))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/admin/insights?commune=987654"));
            mvc.perform(get(export + "?fromYear=last+year").with(user(admin())))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/admin/insights?fromYear=last+year"));
        }
        mvc.perform(get("/admin/insights").with(user(reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/insights.xlsx").with(user(coop(1)))).andExpect(status().isForbidden());
    }

    private String dashboard() throws Exception {
        return mvc.perform(get("/admin/insights").param("commune", String.valueOf(COMMUNE)).with(user(admin())))
                .andReturn().getResponse().getContentAsString();
    }

    /** The text of an indicator's value on the page. */
    private static String indicator(String page, String key) {
        int at = page.indexOf("id=\"indicator-" + key + "\"");
        assertThat(at).as("indicator " + key).isPositive();
        String card = page.substring(at, page.indexOf("</details>", at));
        var matcher = java.util.regex.Pattern.compile("<bdi>([^<]*)</bdi>").matcher(card);
        return matcher.find() ? matcher.group(1).replace('\u202F', ' ').replace('\u00A0', ' ') : "—";
    }

    /** Two women seated in a session of the year, one marked present and one absent. */
    private void attended(long cooperative, int year) {
        var rows = new ModuleRows(jdbc);
        long session = rows.session(year);
        rows.seat(session, cooperative, "+212600000001", true);
        rows.seat(session, cooperative, "+212600000002", false);
    }

    /** An application approved for 60,000 DH this year, its first tranche (40 %) paid, three jobs for women. */
    private void approvedAndPaid(long cooperative, int year) {
        long call = asAdmin(() -> calls.publish(CallBuilder.aCall("طلب اللوحة " + uniqueNumber()).form()));
        var rows = new ModuleRows(jdbc);
        long application = rows.approved(call, cooperative, year, "DASH-" + uniqueNumber(), "60000", "20000", "20000");
        rows.paid(application, year, "24000");
        rows.visited(application, year, 3, 1);
    }

    private void order(long cooperative) {
        new ModuleRows(jdbc).order(products, orders, coop(cooperative), "زعفران اللوحة", "95", 2);
    }

    @Test
    void theScheduledBuildAndOneAskedForAtTheSameTimeBothSucceed() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                analytics.on(new Audited("test", "changed", "test", "1", "a change"));
                var start = new CountDownLatch(1);
                Future<?> scheduled = pool.submit(() -> {
                    start.await();
                    analytics.refreshIfStale();
                    return null;
                });
                Future<Long> asked = pool.submit(() -> {
                    start.await();
                    return analytics.rebuild();
                });
                start.countDown();
                scheduled.get(60, TimeUnit.SECONDS);
                assertThat(asked.get(60, TimeUnit.SECONDS)).isPositive();
                assertThat(analytics.outOfDate()).as("the scheduled build failed").isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
