package ma.tiwizi.bizplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class BusinessPlanPagesTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The saffron plan of the engine test, typed into the form; {@code changes} replace some fields. */
    private static MockHttpServletRequestBuilder saffronPlan(MockHttpServletRequestBuilder request,
            String... changes) {
        var fields = new java.util.LinkedHashMap<String, String>();
        String[] typed = {"title", "قاعة تجفيف الزعفران", "horizonYears", "5",
                "products[0].name", "زعفران", "products[0].unit", "kg", "products[0].unitPrice", "30000",
                "products[0].volumeYear1", "20", "products[0].growthPercent", "10",
                "products[0].variableCostPerUnit", "8000", "products[1].name", "", "products[1].unitPrice", "",
                "fixedCosts[0].label", "أجور", "fixedCosts[0].kind", "SALARIES",
                "fixedCosts[0].amountPerYear", "200000", "fixedCosts[0].inflationPercent", "3",
                "fixedCosts[0].jobs", "4", "fixedCosts[1].label", "كراء", "fixedCosts[1].kind", "RENT",
                "fixedCosts[1].amountPerYear", "50000", "investments[0].item", "غرفة التجفيف",
                "investments[0].amount", "200000", "investments[0].year", "0",
                "investments[0].usefulLifeYears", "10", "customerDays", "30", "stockDays", "60",
                "supplierDays", "30", "grant", "150000", "ownCash", "60000", "ownInKind", "40000",
                "loanPrincipal", "50000", "loanRatePercent", "5", "loanTermYears", "5", "loanGraceYears", "1",
                "loanRepayment", "ANNUITY", "taxRatePercent", "20", "taxExemptYears", "0",
                "discountRatePercent", "8"};
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        request.with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long createPlan(long cooperative, TiwiziPrincipal who) throws Exception {
        String location = mvc.perform(saffronPlan(post("/cooperatives/" + cooperative + "/plans")).with(user(who)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aCooperativeBuildsAPlanAndReadsItsVerdictInArabic() throws Exception {
        long coop = register(form("تعاونية الزعفران الحر", "Safran Lhor", uniqueNumber()));
        long plan = createPlan(coop, coop(coop));
        mvc.perform(get("/plans/" + plan).with(user(coop(coop))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("قاعة تجفيف الزعفران")))
                .andExpect(content().string(containsString("يمكن للممول أن يثق في هذا المخطط")))
                .andExpect(content().string(containsString("المشروع يخلق قيمة")))
                .andExpect(content().string(containsString("600\u202F000,00 درهم")))
                .andExpect(content().string(containsString("id=\"sensitivity\"")))
                .andExpect(content().string(containsString("data-revenue=\"0.00,600000.00,660000.00")));
        mvc.perform(get("/cooperatives/" + coop + "/plans").with(user(admin())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("قاعة تجفيف الزعفران")));
        // staff other than administrators read only the plans their work needs: a reviewer with no file of it, none
        mvc.perform(get("/cooperatives/" + coop + "/plans").with(user(reviewer())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("قاعة تجفيف الزعفران"))))
                .andExpect(content().string(not(containsString("/plans/new"))));
        mvc.perform(get("/plans/" + plan).with(user(reviewer()))).andExpect(status().isForbidden());
    }

    @Test
    void badFiguresAreExplainedBesideTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        long coop = register(form("تعاونية الأخطاء", "Errors", uniqueNumber()));
        mvc.perform(saffronPlan(post("/cooperatives/" + coop + "/plans"), "horizonYears", "12",
                        "products[0].unitPrice", "-5", "investments[0].usefulLifeYears", "0", "loanRatePercent", "100",
                        "loanGraceYears", "5").with(user(coop(coop))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("يمتد المخطط من 3 إلى 10 سنوات.")))
                .andExpect(content().string(containsString("أدخل مبلغا يساوي 0 أو أكثر.")))
                .andExpect(content().string(containsString("مدة الاستعمال سنة واحدة على الأقل.")))
                .andExpect(content().string(containsString("أدخل معدلا من 0 إلى أقل من 100 %.")))
                .andExpect(content().string(containsString("يجب أن تكون سنوات الإعفاء أقل من مدة السداد.")))
                .andExpect(content().string(containsString("href=\"#products[0].unitPrice\"")))
                .andExpect(content().string(containsString("value=\"-5\"")))
                .andExpect(content().string(containsString("value=\"قاعة تجفيف الزعفران\"")));
        mvc.perform(saffronPlan(post("/cooperatives/" + coop + "/plans"), "products[0].volumeYear1", "twenty")
                        .with(user(coop(coop))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"twenty\"")));
        mvc.perform(saffronPlan(post("/cooperatives/" + coop + "/plans"), "products[0].seasonality", "10 20 x")
                        .with(user(coop(coop))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("تتطلب الموسمية 12 وزنا شهريا")))
                .andExpect(content().string(containsString("value=\"10 20 x\"")));
    }

    @Test
    void aSeasonalPlanWarnsOfTheMonthTheCashRunsOut() throws Exception {
        long coop = register(form("تعاونية الموسم", "Season", uniqueNumber()));
        String location = mvc.perform(saffronPlan(post("/cooperatives/" + coop + "/plans"), "grant", "0",
                        "ownCash", "200000", "ownInKind", "0", "loanPrincipal", "",
                        "products[0].seasonality", "0 0 0 0 0 0 0 0 0 10 60 30").with(user(coop(coop))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(coop(coop))))
                .andExpect(content().string(containsString("لأن مبيعاتك موسمية")))
                .andExpect(content().string(containsString("في الشهر 9 من السنة 1")))
                .andExpect(status().isOk());
        mvc.perform(get(location + "/edit").with(user(coop(coop))))
                .andExpect(content().string(containsString("value=\"0 0 0 0 0 0 0 0 0 10 60 30\"")));
    }

    @Test
    void everySaveKeepsAVersionAndAStaleSaveIsRefused() throws Exception {
        long coop = register(form("تعاونية النسخ", "Versions", uniqueNumber()));
        long plan = createPlan(coop, admin());
        mvc.perform(saffronPlan(post("/plans/" + plan), "version", "1", "products[0].unitPrice", "32000")
                .with(user(coop(coop)))).andExpect(status().is3xxRedirection());
        mvc.perform(saffronPlan(post("/plans/" + plan), "version", "1", "products[0].unitPrice", "1")
                        .with(user(coop(coop))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("قام شخص آخر بحفظ هذه البطاقة")));
        mvc.perform(get("/plans/" + plan).with(user(coop(coop))).param("lang", "en"))
                .andExpect(content().string(containsString("Version 2 of 2")))
                .andExpect(content().string(containsString("640,000.00 MAD")));
        mvc.perform(get("/plans/" + plan).param("version", "1").param("lang", "en").with(user(coop(coop))))
                .andExpect(content().string(containsString("Version 1 of 2")))
                .andExpect(content().string(containsString("600,000.00 MAD")));
    }

    @Test
    void anInvestmentBoughtAfterThePlansLastYearIsRefusedBesideItsYear() throws Exception {
        long coop = register(form("تعاونية الأفق", "Horizon", uniqueNumber()));
        mvc.perform(saffronPlan(post("/cooperatives/" + coop + "/plans"), "horizonYears", "5",
                        "investments[0].year", "7").with(user(coop(coop))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("هذا الاستثمار مشترى بعد آخر سنة في المخطط")))
                .andExpect(content().string(containsString("href=\"#investments[0].year\"")));
        assertThat(jdbc.sql("select count(*) from bizplan_plan where cooperative_id = :c").param("c", coop)
                .query(Long.class).single()).isZero();
        mvc.perform(saffronPlan(post("/cooperatives/" + coop + "/plans"), "horizonYears", "5",
                        "investments[0].year", "5").with(user(coop(coop))))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anotherCooperativeCannotSeeOrChangeAPlan() throws Exception {
        long owner = register(form("تعاونية المالكة", "Owner", uniqueNumber()));
        long other = register(form("تعاونية أخرى", "Other", uniqueNumber()));
        long plan = createPlan(owner, coop(owner));
        mvc.perform(get("/plans/" + plan).with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/" + plan + "/edit").with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/" + plan + "/summary.pdf").with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/" + owner + "/plans").with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(saffronPlan(post("/plans/" + plan), "version", "1").with(user(coop(other))))
                .andExpect(status().isForbidden());
        mvc.perform(saffronPlan(post("/cooperatives/" + owner + "/plans")).with(user(coop(other))))
                .andExpect(status().isForbidden());
        mvc.perform(saffronPlan(post("/cooperatives/" + owner + "/plans")).with(user(reviewer())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOnePageSummaryIsAnArabicOrFrenchPdf() throws Exception {
        long coop = register(form("تعاونية الملخص", "Summary coop", uniqueNumber()));
        long plan = createPlan(coop, coop(coop));
        byte[] arabic = mvc.perform(get("/plans/" + plan + "/summary.pdf").param("lang", "ar").with(user(coop(coop))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "business-plan-ar.pdf"), arabic);
        try (var document = Loader.loadPDF(arabic)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            // the extracted text is in logical order, letters unjoined again by NFKC: Arabic survived the trip
            assertThat(text).contains("تعاونية الملخص").contains("قاعة تجفيف الزعفران").contains("المبيعات")
                    .contains("يمكن للممول أن يثق في هذا المخطط").contains("600 000,00");
        }
        byte[] french = mvc.perform(get("/plans/" + plan + "/summary.pdf").param("lang", "fr").with(user(coop(coop))))
                .andExpect(status().isOk())
                // the French document does not switch the interface to French: no language cookie is set
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie()
                        .doesNotExist("tiwizi-lang")).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "business-plan-fr.pdf"), french);
        try (var document = Loader.loadPDF(french)) {
            assertThat(document.getNumberOfPages()).as("the French summary is one page too").isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Valeur actuelle nette").contains("Summary coop");
        }
    }

    @Test
    void theEngineAnswersAsJsonAndRefusesBadInputWithAProblemDetail() throws Exception {
        String plan = """
                {"horizonYears": 3, "products": [{"name": "honey", "unit": "kg", "unitPrice": 200,
                 "volumeYear1": 1000, "growthPercent": 0, "variableCostPerUnit": 80}],
                 "fixedCosts": [{"label": "rent", "kind": "RENT", "amountPerYear": 30000, "inflationPercent": 0}],
                 "investments": [{"item": "extractor", "amount": 60000, "year": 0, "usefulLifeYears": 5,
                 "residualValue": 0}],
                 "workingCapital": {"customerDays": 0, "stockDays": 0, "supplierDays": 0},
                 "financing": {"grant": 60000, "ownCash": 0, "ownInKind": 0,
                   "loan": {"principal": 30000, "annualRatePercent": 5, "termYears": 3, "graceYears": 0,
                            "repayment": "ANNUITY"}},
                 "taxRatePercent": 0, "taxExemptYears": 0, "discountRatePercent": 10}""";
        mvc.perform(post("/api/v1/bizplan/evaluate").with(user(reviewer())).contentType(MediaType.APPLICATION_JSON)
                        .content(plan))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[1].revenue").value(200000.00))
                .andExpect(jsonPath("$.years[1].ebitda").value(90000.00))
                .andExpect(jsonPath("$.loanSchedule[0].payment").value(11016.26))
                .andExpect(jsonPath("$.indicators.irrOutcome").value("FOUND"))
                .andExpect(jsonPath("$.verdict.level").exists())
                .andExpect(jsonPath("$.sensitivity.length()").value(5));
        mvc.perform(post("/api/v1/bizplan/evaluate").with(user(reviewer())).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(plan.replace("\"horizonYears\": 3",
                                "\"horizonYears\": 11").replace("\"usefulLifeYears\": 5", "\"usefulLifeYears\": 0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'horizonYears')].message").value("Plan over 3 to 10 years."))
                .andExpect(jsonPath("$.errors[?(@.field == 'investments[0].usefulLifeYears')]").exists());
        mvc.perform(post("/api/v1/bizplan/evaluate").contentType(MediaType.APPLICATION_JSON).content(plan))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theCommitteeSetsTheThresholdsAndTheVerdictFollows() throws Exception {
        long coop = register(form("تعاونية العتبات", "Thresholds", uniqueNumber()));
        long plan = createPlan(coop, coop(coop));
        mvc.perform(get("/admin/bizplan").with(user(coop(coop)))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/bizplan").with(user(admin())).with(csrf()).param("minDscr", "abc")
                .param("minCash", "0")).andExpect(status().isUnprocessableContent());
        try {
            mvc.perform(post("/admin/bizplan").with(user(admin())).with(csrf()).param("minDscr", "1.2")
                    .param("minCash", "5000000").param("requirePositiveNpv", "true").param("_requirePositiveNpv", "on"))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/plans/" + plan).with(user(coop(coop))))
                    .andExpect(content().string(containsString("لا يمكن للممول قبول هذا المخطط بعد")))
                    .andExpect(content().string(containsString("تنزل خزينتك تحت 5\u202F000\u202F000,00 درهم في السنة 0")));
        } finally {
            mvc.perform(post("/admin/bizplan").with(user(admin())).with(csrf()).param("minDscr", "1.2")
                    .param("minCash", "0").param("requirePositiveNpv", "true").param("_requirePositiveNpv", "on"));
        }
    }
}
