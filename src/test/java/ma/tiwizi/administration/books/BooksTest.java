package ma.tiwizi.administration.books;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.funding.TrancheReleased;
import ma.tiwizi.market.OrderDelivered;
import ma.tiwizi.market.Payment;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** The books as a cooperative keeps them and staff read them, from the first entry to the surplus of a closed year. */
class BooksTest extends PostgresIntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Africa/Casablanca"));
    }

    private static int lastYear() {
        return today().getYear() - 1;
    }

    private ResultActions write(TiwiziPrincipal who, LocalDate on, String account, String means, String amount,
            String label, Long member) throws Exception {
        var request = post("/administration/books/entries").with(user(who)).with(csrf()).param("lang", "ar")
                .param("occurredOn", DAY.format(on)).param("account", account).param("means", means)
                .param("amount", amount).param("label", label).param("counterpart", "");
        if (member != null) {
            request.param("memberId", String.valueOf(member));
        }
        return mvc.perform(request);
    }

    /** A member admitted through the register's own form, paying part of her shares. */
    private long member(TiwiziPrincipal president, String name, String paid) throws Exception {
        mvc.perform(post("/administration/members").with(user(president)).with(csrf()).param("fullName", name)
                .param("sex", "F").param("birthYear", "1990").param("joinedOn", DAY.format(LocalDate.of(2020, 3, 1)))
                .param("shares", "10").param("shareValue", "100").param("paid", paid))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from administration_member where cooperative_id = :c and full_name = :n")
                .param("c", president.cooperativeId()).param("n", name).query(Long.class).single();
    }

    private long entries(long cooperative, String source) {
        return jdbc.sql("select count(*) from administration_journal_entry where cooperative_id = :c and source = :s")
                .param("c", cooperative).param("s", source).query(Long.class).single();
    }

    @Test
    void aPresidentWritesHerReceiptsAndPaymentsAndReadsWhatIsInTheTillAndTheBank() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الدفاتر", uniqueNumber()).form());
        var president = coop(id);

        mvc.perform(get("/administration/books").with(user(president)).param("lang", "ar"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("تسجيل مدخول أو مصروف")));
        write(president, today(), "SALES_OF_PRODUCTS", "CASH", "1 250,50", "بيع زعفران", null)
                .andExpect(flash().attribute("flash", "administration.flash.entryRecorded"));
        write(president, today(), "RENT", "BANK", "400", "كراء المحل", null)
                .andExpect(flash().attribute("flash", "administration.flash.entryRecorded"));

        mvc.perform(get("/administration/books").with(user(president)).param("lang", "fr"))
                .andExpect(content().string(containsString("Ventes de produits")))
                .andExpect(content().string(containsString("7121")))
                .andExpect(content().string(containsString("1\u202F250,50 DH")))
                .andExpect(content().string(containsString("-400,00 DH")));

        // bad input: refused in the reader's language, with what was typed kept
        write(president, today(), "SALES_OF_PRODUCTS", "CASH", "0", "بيع عسل", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اكتبوا مبلغا أكبر من 0 درهم")))
                .andExpect(content().string(containsString("value=\"بيع عسل\"")));
        write(president, today().plusDays(1), "SALES_OF_PRODUCTS", "CASH", "10", "غدا", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("لا يمكن تأريخ قيد بعد اليوم")));
        long rentMember = member(president, "فاطمة الكراء", "1000");
        write(president, today(), "RENT", "CASH", "10", "كراء من عضوة", rentMember)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("لا يذكر العضو إلا في معاملة مع التعاونية")));
        assertThat(entries(id, "TYPED")).isEqualTo(2);
        assertThat(entries(id, "REGISTER")).as("the member's first payment went in by itself").isEqualTo(1);

        // a cooperative never sees another's books; staff read but never write
        long other = register(CooperativeBuilder.aCooperative("تعاونية الجار", uniqueNumber()).form());
        mvc.perform(get("/cooperatives/" + id + "/books").with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/" + id + "/books").with(user(reviewer())).param("lang", "ar"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("بيع زعفران")))
                .andExpect(content().string(not(containsString("/administration/books/entries"))));
        write(admin(), today(), "RENT", "CASH", "10", "من الإدارة", null).andExpect(status().isForbidden());
        long first = jdbc.sql("select min(id) from administration_journal_entry where cooperative_id = :c")
                .param("c", id).query(Long.class).single();
        mvc.perform(post("/administration/books/entries/" + first + "/reverse").with(user(coop(other))).with(csrf()))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aMistakeIsUndoneByAReversingEntryOnceAndAClosedYearTakesNoMoreEntries() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الإلغاء", uniqueNumber()).form());
        var president = coop(id);
        write(president, LocalDate.of(lastYear(), 6, 1), "PACKAGING", "CASH", "300", "علب", null)
                .andExpect(status().is3xxRedirection());
        long entry = jdbc.sql("select id from administration_journal_entry where cooperative_id = :c")
                .param("c", id).query(Long.class).single();
        mvc.perform(post("/administration/books/entries/" + entry + "/reverse").with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flash", "administration.flash.entryReversed"));
        mvc.perform(post("/administration/books/entries/" + entry + "/reverse").with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flashError", "administration.error.alreadyReversed"));
        assertThat(jdbc.sql("select sum(amount) from administration_journal_entry where cooperative_id = :c")
                .param("c", id).query(BigDecimal.class).single()).isZero();

        write(president, LocalDate.of(lastYear(), 11, 2), "SALES_OF_PRODUCTS", "CASH", "900", "بيع", null)
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/administration/books/" + today().getYear() + "/close").with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flashError", "administration.error.yearNotOver"));
        mvc.perform(post("/administration/books/" + lastYear() + "/close").with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flash", "administration.flash.yearClosed"));
        write(president, LocalDate.of(lastYear(), 12, 30), "SALES_OF_PRODUCTS", "CASH", "50", "متأخر", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("سنة " + lastYear() + " مختتمة")))
                .andExpect(content().string(containsString("المادة 68")));
        mvc.perform(post("/administration/books/" + lastYear() + "/inventory").with(user(president)).with(csrf())
                        .param("item", "زعفران").param("quantity", "1").param("unitValue", "10"))
                .andExpect(flash().attribute("flashError", "administration.error.yearClosed"));
        mvc.perform(get("/administration/books").with(user(president)).param("year", String.valueOf(lastYear()))
                        .param("lang", "en"))
                .andExpect(content().string(containsString("id=\"year-closed\"")))
                .andExpect(content().string(not(containsString("/reverse"))));
    }

    @Test
    void theAccountsOfAYearBalanceWithTheInventoryAndPrintInArabicAndFrenchAndAsAWorkbook() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الحسابات", uniqueNumber()).form());
        var president = coop(id);
        int year = lastYear();
        member(president, "خديجة الحصص", "1000");
        write(president, LocalDate.of(year, 3, 1), "INVESTMENT_GRANT", "BANK", "50000", "دعم", null);
        write(president, LocalDate.of(year, 3, 5), "EQUIPMENT", "BANK", "42000", "آلة تجفيف", null);
        write(president, LocalDate.of(year, 5, 1), "RAW_MATERIALS", "CASH", "8000", "زعفران خام", null);
        write(president, LocalDate.of(year, 9, 1), "SALES_OF_PRODUCTS", "CASH", "15000", "بيع", null);
        mvc.perform(post("/administration/books/" + year + "/inventory").with(user(president)).with(csrf())
                        .param("item", "زعفران معبأ").param("quantity", "2,5").param("unitValue", "1 200"))
                .andExpect(flash().attribute("flash", "administration.flash.inventoryAdded"));
        mvc.perform(post("/administration/books/" + year + "/inventory").with(user(president)).with(csrf())
                        .param("item", "").param("quantity", "1").param("unitValue", "1"))
                .andExpect(flash().attribute("flashError", "administration.error.inventoryItem"));

        var statements = asAdmin(() -> books.statements(id, year));
        var a = statements.accounts();
        assertThat(a.result()).as("15,000 + stock 3,000 − 8,000").isEqualByComparingTo("10000");
        assertThat(a.capital()).as("the register's payment, in the journal by itself").isEqualByComparingTo("1000");
        assertThat(a.totalAssets()).as("42,000 of equipment, 3,000 of stock, 16,000 in the till and the bank").isEqualByComparingTo("61000").isEqualByComparingTo(a.totalLiabilities());
        assertThat(statements.balanced()).isTrue();

        mvc.perform(get("/cooperatives/" + id + "/books/" + year + "/accounts").with(user(reviewer()))
                        .param("lang", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Compte de produits et charges")))
                .andExpect(content().string(containsString("Exonérée de l'impôt sur les sociétés")))
                .andExpect(content().string(containsString("jusqu'au 31/12/" + (year + 10))))
                .andExpect(content().string(containsString("10\u202F000,00 DH")))
                .andExpect(content().string(containsString("61\u202F000,00 DH")));

        byte[] arabic = mvc.perform(get("/cooperatives/" + id + "/books/" + year + "/accounts.pdf")
                .with(user(president))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(arabic)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("حساب العائدات والتكاليف").contains("نتيجة السنة").contains("مجموع الأصول")
                    .contains("10 000,00").contains("61 000,00").contains("زعفران معبأ");
        }
        byte[] french = mvc.perform(get("/cooperatives/" + id + "/books/" + year + "/accounts.pdf").param("lang", "fr")
                .with(user(president))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(french)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Bilan à la clôture")
                    .contains("Subventions d'investissement").contains("Provisoire");
        }
        byte[] xlsx = mvc.perform(get("/cooperatives/" + id + "/books/" + year + "/accounts.xlsx").param("lang", "fr")
                .with(user(reviewer()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(3);
            var income = new HashMap<String, String>();
            for (var row : sheets.get(0).read()) {
                income.put(row.getCellText(0), row.getCellText(1));
            }
            assertThat(new BigDecimal(income.get("Résultat de l'exercice"))).isEqualByComparingTo("10000");
            assertThat(new BigDecimal(income.get("7121 Ventes de produits"))).isEqualByComparingTo("15000");
        }
        mvc.perform(get("/cooperatives/" + id + "/books/" + year + "/accounts.pdf").with(user(coop(register(
                CooperativeBuilder.aCooperative("تعاونية أخرى", uniqueNumber()).form())))))
                .andExpect(status().isForbidden());
    }

    @Test
    void storefrontDeliveriesGrantTranchesAndSharePaymentsWriteThemselvesInOnce() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية التدفقات", uniqueNumber()).form());
        var president = coop(id);
        var delivered = new OrderDelivered(1L, "CMD-FLOW-" + id, id, new BigDecimal("380.00"),
                Payment.CASH_ON_DELIVERY, Instant.now());
        var tranche = new TrancheReleased(2L, "INDH-FLOW-" + id, id, 1, new BigDecimal("24000.00"), today(),
                "VIR-77");
        for (int twice = 0; twice < 2; twice++) {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(delivered);
                events.publishEvent(tranche);
            });
        }
        long waited = System.currentTimeMillis();
        while ((entries(id, "STOREFRONT") < 1 || entries(id, "GRANT") < 1)
                && System.currentTimeMillis() - waited < 10_000) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        assertThat(entries(id, "STOREFRONT")).as("a delivery is written once").isEqualTo(1);
        assertThat(entries(id, "GRANT")).as("a tranche is written once").isEqualTo(1);
        long member = member(president, "زينب الأداء", "500");
        mvc.perform(post("/administration/members/" + member + "/payments").with(user(president)).with(csrf())
                .param("amount", "250").param("paidOn", DAY.format(today())).param("receipt", "وصل 12"))
                .andExpect(status().is3xxRedirection());
        assertThat(entries(id, "REGISTER")).isEqualTo(2);

        mvc.perform(get("/administration/books").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("CMD-FLOW-" + id)))
                .andExpect(content().string(containsString("المتجر")))
                .andExpect(content().string(containsString("دعم المبادرة الوطنية")))
                .andExpect(content().string(containsString("وصل 12")));
        var journal = asAdmin(() -> books.journal(id, today().getYear(), 1));
        assertThat(journal.cash()).as("380 + 500 + 250 in cash").isEqualByComparingTo("1130");
        assertThat(journal.bank()).isEqualByComparingTo("24000");
    }

    @Test
    void theAssemblyAllocatesAClosedYearsSurplusAndEachMemberReadsHerRebate() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الفائض", uniqueNumber()).form());
        var president = coop(id);
        int year = lastYear();
        long amina = member(president, "أمينة المنتجة", "1000");
        long salma = member(president, "سلمى المنتجة", "1000");
        write(president, LocalDate.of(year, 4, 1), "RAW_MATERIALS", "CASH", "3000", "زعفران من أمينة", amina);
        write(president, LocalDate.of(year, 4, 2), "RAW_MATERIALS", "CASH", "1000", "زعفران من سلمى", salma);
        write(president, LocalDate.of(year, 10, 1), "SALES_OF_PRODUCTS", "BANK", "14000", "بيع لتاجر", null);

        mvc.perform(get("/administration/books/" + year + "/surplus").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("اختتموا السنة أولا")));
        mvc.perform(post("/administration/books/" + year + "/surplus").with(user(president)).with(csrf())
                        .param("rebatePercent", "50").param("adoptedOn", DAY.format(today())))
                .andExpect(flash().attribute("flashError", "administration.error.surplusOpenYear"));
        mvc.perform(post("/administration/books/" + year + "/close").with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flash", "administration.flash.yearClosed"));

        // surplus 10,000: 10 % to the reserve (1,000), 3 % on 2,000 paid up (60), half of 8,940 back: 4,470
        mvc.perform(get("/administration/books/" + year + "/surplus").with(user(president)).param("lang", "fr")
                        .param("interestPercent", "3").param("rebatePercent", "50"))
                .andExpect(content().string(containsString("1\u202F000,00 DH")))
                .andExpect(content().string(containsString("60,00 DH")))
                .andExpect(content().string(containsString("4\u202F470,00 DH")))
                .andExpect(content().string(containsString("3\u202F352,50 DH")))
                .andExpect(content().string(containsString("1\u202F117,50 DH")));
        mvc.perform(post("/administration/books/" + year + "/surplus").with(user(president)).with(csrf())
                        .param("interestPercent", "3").param("rebatePercent", "50")
                        .param("adoptedOn", DAY.format(today())))
                .andExpect(flash().attribute("flash", "administration.flash.surplusAdopted"));
        mvc.perform(post("/administration/books/" + year + "/surplus").with(user(president)).with(csrf())
                        .param("rebatePercent", "100").param("adoptedOn", DAY.format(today())))
                .andExpect(flash().attribute("flashError", "administration.error.surplusAdopted"));
        assertThat(jdbc.sql("select rebate from administration_rebate where member_id = :m").param("m", amina)
                .query(BigDecimal.class).single()).isEqualByComparingTo("3352.50");
        mvc.perform(get("/cooperatives/" + id + "/books/" + year + "/surplus").with(user(reviewer()))
                        .param("lang", "en"))
                .andExpect(content().string(containsString("Adopted by the annual assembly")))
                .andExpect(content().string(containsString("3,352.50 MAD")))
                .andExpect(content().string(not(containsString("Record as adopted"))));
    }

    @Test
    void salesAboveFiveMillionTwoYearsRunningRequireABoard() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية كبيرة المبيعات", uniqueNumber()).form());
        var president = coop(id);
        for (int year : List.of(lastYear() - 1, lastYear())) {
            write(president, LocalDate.of(year, 6, 1), "SALES_OF_PRODUCTS", "BANK", "5000001", "مبيعات", null)
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/administration/governance").with(user(president)).param("lang", "en"))
                .andExpect(content().string(containsString("Sales were above 5,000,000 MAD in " + (lastYear() - 1)
                        + " and in " + lastYear())));
        String row = "(?s).*id=\"standing-" + id + "\"((?!</tr>).)*";
        mvc.perform(get("/admin/compliance").param("q", "تعاونية كبيرة المبيعات").with(user(admin())))
                .andExpect(content().string(matchesPattern(row + "data-board-missing=\"true\".*")));
        long member = member(president, "مديرة المجلس", "1000");
        mvc.perform(post("/administration/governance/mandates").with(user(president)).with(csrf())
                .param("memberId", String.valueOf(member)).param("role", "DIRECTOR")
                .param("electedOn", DAY.format(today()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/compliance").param("q", "تعاونية كبيرة المبيعات").with(user(admin())))
                .andExpect(content().string(matchesPattern(row + "</tr>.*")))
                .andExpect(content().string(not(matchesPattern(row + "data-board-missing.*"))));
    }

    @Autowired Books books;
}
