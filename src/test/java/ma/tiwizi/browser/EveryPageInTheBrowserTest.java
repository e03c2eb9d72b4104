package ma.tiwizi.browser;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import ma.tiwizi.TestInfrastructure;
import ma.tiwizi.administration.assembly.Assemblies;
import ma.tiwizi.administration.assembly.AssemblyForm;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.administration.rules.AssemblyKind;
import ma.tiwizi.administration.rules.Majority;
import ma.tiwizi.funding.internal.CallBuilder;
import ma.tiwizi.funding.internal.CallForm;
import ma.tiwizi.funding.internal.Calls;
import ma.tiwizi.funding.internal.Reviews;
import ma.tiwizi.market.Payment;
import ma.tiwizi.market.orders.CheckoutForm;
import ma.tiwizi.market.orders.OrderStatus;
import ma.tiwizi.market.orders.Orders;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.training.internal.Certificates;
import ma.tiwizi.training.internal.Enrolments;
import ma.tiwizi.training.internal.Programmes;
import ma.tiwizi.training.internal.TrainingFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import static ma.tiwizi.Acting.as;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * Visits every page as every user would: the demo data plus one object in every state (a call, an application at
 * each status, an agreement with tranches, a session, a certificate, an order at each status), in a database of its
 * own. For each role (anonymous, ADMIN, REVIEWER, TRAINER, COOP) it follows every same-origin link and every GET form
 * from the home page, breadth first, in Arabic on a 360 px phone and in French on a 1280 px screen, and on every page
 * checks: an answer below 400, no message key or {0} shown, no horizontal scrolling, no serious or critical axe-core
 * violation, the right lang and dir. Every HTML page the application maps must be reached by some role, so a new page
 * cannot be left out silently.
 */
@org.springframework.boot.test.context.SpringBootTest(
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.test.context.ActiveProfiles("test")
@TestPropertySource(properties = {"tiwizi.demo.enabled=true", "tiwizi.demo.password=" + EveryPageInTheBrowserTest.PASSWORD})
class EveryPageInTheBrowserTest {

    static final String PASSWORD = "crawler-password-2026";

    /** Pages of one shape (same path with other ids, same query names) visited at most this many times... */
    private static final int SAME_SHAPE = 2;
    /** ...except objects whose pages change with their status, visited in every state. */
    private static final int SAME_SHAPE_WITH_STATES = 12;
    private static final Pattern STATEFUL = Pattern.compile(".*(applications|orders|follow-up|review).*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}|\\{\\d+, ?plural");
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            ".*(\\.(pdf|xlsx|csv|png|jpe?g|webp|svg|xml|txt|json|js|css|\\{format})$|^/api/|^/webjars/|^/actuator|^/logout"
            + "|/photos/|/qr$|^/swagger-ui|^/v3/api-docs).*");

    /**
     * GET routes that are not pages a link leads to, each with its reason: documents, pictures, fragments htmx asks
     * for, and answers to a form.
     */
    private static final Map<String, String> NOT_CRAWLED = Map.ofEntries(
            Map.entry("/error", "the error page, shown in place of another"),
            Map.entry("/applications/{id}/documents/{documentId}", "a document the cooperative uploaded"),
            Map.entry("/applications/{id}/messages/{message}/attachment", "a file attached to a message, as uploaded"),
            Map.entry("/password/link/{token}", "the link a forgotten password sends by e-mail (PasswordRecoveryBySmsTest)"),
            Map.entry("/inbox/{id}", "a notice's short link: it redirects to the page of the notice (TheInboxAndTheStartPageTest)"),
            Map.entry("/signup/{token}", "the code page, reached by sending the sign-up form (SignUpByPhoneTest)"),
            Map.entry("/labels/{id}/document", "the certificate of a quality label, as uploaded"),
            Map.entry("/administration/assemblies/{id}/signed-minutes", "the scan of the signed minutes, as uploaded"),
            Map.entry("/shop/orders/placed", "the answer to a checkout (ShopInTheBrowserTest)"));

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres(registry, "crawl");
    }

    @org.junit.jupiter.api.BeforeAll
    static void browserInstalled() {
        BrowserPrerequisites.missing(BrowserPrerequisites.CHROMIUM, BrowserPrerequisites.CHROMEDRIVER)
                .ifPresent(org.junit.jupiter.api.Assertions::fail);
    }

    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired ma.tiwizi.accounts.AccountDirectory accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Calls calls;
    @Autowired Reviews reviews;
    @Autowired Programmes programmes;
    @Autowired Enrolments enrolments;
    @Autowired Certificates certificates;
    @Autowired Orders orders;
    @Autowired Assemblies assemblies;
    @Autowired MemberRegister memberRegister;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private org.openqa.selenium.WebDriver driver;
    private final List<String> findings = new ArrayList<>();
    /** Pages a person reaches otherwise than by a link: a QR code, or the answer to a form that changes something. */
    private final Map<String, List<String>> seeds = new HashMap<>();
    private final Map<String, Set<String>> shapesByRole = new TreeMap<>();
    private final Set<String> pathsVisited = new TreeSet<>();
    private Set<String> messageKeys;

    @Test
    void everyPageOfEveryRoleInArabicOnAPhoneAndInFrenchOnADeskHasNoFinding() throws Exception {
        assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("crawl");
        objectsInEveryState();
        messageKeys = messageKeys();
        for (String role : List.of("anonymous", "admin", "reviewer", "trainer", "coop")) {
            crawl(role, "ar", 360, 740);
            crawl(role, "fr", 1280, 900);
        }
        shapesByRole.forEach((role, shapes) -> System.out.printf("crawler: %s visited %d distinct pages%n", role,
                shapes.size()));
        everyMappedPageWasReached();
        assertThat(findings).as("findings of the crawl").isEmpty();
    }

    @org.junit.jupiter.api.AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    // ---------------------------------------------------------------------------------------------------- the data

    private void objectsInEveryState() {
        long coopUser = id("select id from accounts_user where username = 'coop'");
        long ownCooperative = id("select cooperative_id from accounts_user where username = 'coop'");
        long reviewer = id("select id from accounts_user where username = 'reviewer'");
        long trainer = id("select id from accounts_user where username = 'trainer'");
        List<Long> cooperatives = jdbc.sql("select id from registry_cooperative where id <> :own order by id")
                .param("own", ownCooperative).query(Long.class).list();
        var admin = new TiwiziPrincipal(1, "crawler-admin", "", "Admin", Role.ADMIN, null, true, true);
        var president = new TiwiziPrincipal(coopUser, "coop", "", "Coop", Role.COOP, ownCooperative, true, true);

        long open = as(admin, () -> calls.publish(call("طلب مشاريع الاقتصاد التضامني")));
        long second = as(admin, () -> calls.publish(call("طلب مشاريع الشباب")));
        // the president's own applications: approved with an agreement and tranches (one paid), and a draft
        long approved = application(open, ownCooperative, "APPROVED");
        jdbc.sql("""
                insert into funding_agreement (application_id, public_amount, own_cash, own_in_kind, other_partners,
                    obligations, starts_on, ends_on, signed_hash, signed_filename, signed_at, created_at, created_by)
                values (:a, 60000, 30000, 10000, 0, 'تنفيذ المشروع كما هو مقرر', :starts, :ends,
                    'crawler', 'convention.pdf', now(), now(), 'admin')""").param("a", approved)
                .param("starts", Date.valueOf(LocalDate.now())).param("ends",
                        Date.valueOf(LocalDate.now().plusYears(1))).update();
        jdbc.sql("""
                insert into funding_tranche (application_id, number, percent, amount, min_progress, released_on,
                    payment_reference, released_by) values (:a, 1, 40, 24000, 0, current_date, 'VIR-1', 'admin')""")
                .param("a", approved).update();
        jdbc.sql("""
                insert into funding_tranche (application_id, number, percent, amount, min_progress)
                values (:a, 2, 60, 36000, 50)""").param("a", approved).update();
        jdbc.sql("""
                insert into funding_visit (application_id, visited_on, progress, project_status, jobs_women, jobs_men,
                    jobs_youth, findings, recorded_by, recorded_at)
                values (:a, current_date, 50, 'ON_TRACK', 3, 1, 2, 'التجهيزات في مكانها', 'admin', now())""")
                .param("a", approved).update();
        application(second, ownCooperative, "DRAFT");
        // one application at each other status, from other cooperatives
        int next = 0;
        for (String status : List.of("SUBMITTED", "RETURNED", "COMPLETE", "WAITING_LIST", "REJECTED", "APPROVED")) {
            long application = application(open, cooperatives.get(next++), status);
            if (status.equals("COMPLETE")) {
                as(admin, () -> reviews.assign(application, reviewer));
            }
        }
        // a programme with a session for the trainer, two participants of the president's cooperative, one present
        // with her certificate
        var training = new TrainingFixture(jdbc, accounts, programmes, enrolments);
        long session = training.session(trainer, "دار الشباب تالوين");
        training.seat(session, ownCooperative, "خديجة أيت علي", "ليلى أوبلا");
        long present = training.participant(session, "خديجة أيت علي");
        jdbc.sql("update training_participant set attended = true where id = :p").param("p", present).update();
        jdbc.sql("update training_participant set attended = false where session_id = :s and id <> :p")
                .param("s", session).param("p", present).update();
        as(president, () -> certificates.pdf(present));
        String code = jdbc.sql("select code from training_certificate where participant_id = :p").param("p", present)
                .query(String.class).single();
        // what the certificate's QR code and the session's check-in QR code open
        seeds.put("anonymous", List.of("/verify/" + code, "/checkin/" + session));
        // orders at every status on the president's shop
        long product = id("select min(id) from market_product where cooperative_id = " + ownCooperative);
        List<Long> placed = new ArrayList<>();
        for (int i = 0; i < OrderStatus.values().length; i++) {
            String key = java.util.UUID.randomUUID().toString();
            orders.checkout(new CheckoutForm("مشترية " + i, "0661234567", "أكادير", "حي الهدى", "", Payment.CASH_ON_DELIVERY,
                    key), Map.of(product, 1));
            placed.add(id("select id from market_order where checkout_key = '" + key + "'"));
        }
        as(president, () -> {
            move(placed.get(1), OrderStatus.CONFIRMED);
            move(placed.get(2), OrderStatus.CONFIRMED);
            move(placed.get(2), OrderStatus.SHIPPED);
            move(placed.get(3), OrderStatus.CONFIRMED);
            move(placed.get(3), OrderStatus.SHIPPED);
            move(placed.get(3), OrderStatus.DELIVERED);
            orders.cancel(placed.get(4), orders.own(placed.get(4)).version(), "نفد المنتوج");
            return null;
        });
        // the president's general assemblies: one just prepared, one held with its quorum, a proxy and a vote
        as(president, () -> {
            var today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
            assemblies.prepare(new AssemblyForm(AssemblyKind.EXTRAORDINARY, today.plusDays(20),
                    LocalTime.of(9, 30), "مقر التعاونية", "تعديل النظام الأساسي"));
            long held = assemblies.prepare(new AssemblyForm(AssemblyKind.ORDINARY, today.plusDays(20),
                    LocalTime.of(10, 0), "دار الجمعيات، تالوين", "المصادقة على الحسابات\nتخصيص الفائض"));
            assemblies.noticeSent(held, today);
            var members = memberRegister.current(ownCooperative).stream().map(MemberRegister.Line::id).toList();
            var presence = new HashMap<Long, String>();
            members.forEach(member -> presence.put(member, "PRESENT"));
            presence.put(members.getLast(), "REPRESENTED");
            assemblies.recordAttendance(held, presence, Map.of(members.getLast(), members.getFirst()));
            assemblies.vote(held, 0, new Majority.Votes(4, 1, 0), null);
            // held today, with its signed minutes scanned
            jdbc.sql("update administration_assembly set held_on = :today where id = :id").param("today", today)
                    .param("id", held).update();
            assemblies.attachSignedMinutes(held, "محضر.pdf",
                    "%PDF-1.4\n% signed\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            return null;
        });
    }

    private void move(long order, OrderStatus to) {
        orders.move(order, to, orders.own(order).version());
    }

    private static CallForm call(String title) {
        return CallBuilder.aCall(title).closingInDays(30).form();
    }

    private long application(long call, long cooperative, String status) {
        boolean decided = Set.of("APPROVED", "WAITING_LIST", "REJECTED").contains(status);
        boolean submitted = !status.equals("DRAFT");
        return jdbc.sql("""
                insert into funding_application (call_id, cooperative_id, status, title, value_chain, description,
                    jobs_women, jobs_youth, public_requested, own_cash, own_in_kind, other_partners, reference,
                    submitted_at, return_comment, return_deadline, created_at, updated_at, version, decision_amount,
                    decision_reason, decision_comment, decided_at)
                values (:call, :c, :status, 'وحدة تثمين الزعفران', 'الزعفران', 'تجهيز وحدة للتجفيف والتلفيف', 3, 2,
                    60000, 20000, 20000, 0, :ref, :submitted, :comment, :deadline, now(), now(), 0, :amount,
                    :reason, :why, :decided) returning id""")
                .param("call", call).param("c", cooperative).param("status", status)
                .param("ref", submitted ? "CRAWL-" + status + "-" + cooperative : null)
                .param("submitted", submitted ? java.sql.Timestamp.valueOf(LocalDateTime.now().minusDays(5)) : null)
                .param("comment", status.equals("RETURNED") ? "أضيفوا محضر الجمع العام" : null)
                .param("deadline", status.equals("RETURNED")
                        ? java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(10)) : null)
                .param("amount", status.equals("APPROVED") ? new BigDecimal("60000") : null)
                .param("reason", status.equals("REJECTED") ? "NOT_VIABLE" : null)
                .param("why", decided ? "قرار اللجنة" : null)
                .param("decided", decided ? java.sql.Timestamp.valueOf(LocalDateTime.now().minusDays(1)) : null)
                .query(Long.class).single();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    // -------------------------------------------------------------------------------------------------- the crawl

    private void crawl(String role, String language, int width, int height) {
        if (driver != null) {
            driver.quit();
        }
        driver = BrowserTestSupport.chromium(width, height);
        // the language is chosen the way a person does, on a page, and a cookie remembers it
        driver.get(url("/login?lang=" + language));
        if (!role.equals("anonymous")) {
            driver.findElement(By.id("username")).sendKeys(role);
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
            new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> !d.getCurrentUrl().contains("/login"));
        }
        var queue = new ArrayDeque<String>(List.of("/"));
        queue.addAll(seeds.getOrDefault(role, List.of()));
        queue.addAll(pagesAfterActions(role));
        var shapes = new HashMap<String, Integer>();
        var queued = new java.util.HashSet<String>(queue);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            String shape = shape(path);
            int cap = STATEFUL.matcher(shape).matches() ? SAME_SHAPE_WITH_STATES : SAME_SHAPE;
            if (shapes.getOrDefault(shape, 0) >= cap) {
                continue;
            }
            shapes.merge(shape, 1, Integer::sum);
            String where = role + " " + language + " " + path;
            long status = status(path);
            if (status >= 400 || status < 0) {
                findings.add(where + ": answered " + status);
                continue;
            }
            driver.get(url(path));
            if (!"text/html".equals(js("return document.contentType"))) {
                continue;
            }
            String landed = URI.create(driver.getCurrentUrl()).getPath();
            if (!role.equals("anonymous") && landed.equals("/login")) {
                findings.add(where + ": a link shown to this role leads to the sign-in page");
                continue;
            }
            pathsVisited.add(URI.create(driver.getCurrentUrl()).getPath());
            check(where, language, width);
            for (String link : links()) {
                if (queued.add(link)) {
                    queue.add(link);
                }
            }
        }
        shapesByRole.computeIfAbsent(role, r -> new TreeSet<>()).addAll(shapes.keySet());
    }

    /**
     * Pages that only exist after a person did something: the preview of an uploaded spreadsheet for the
     * administrator, the checkout of a filled cart for a shopper.
     */
    private List<String> pagesAfterActions(String role) {
        try {
            if (role.equals("admin")) {
                var file = java.nio.file.Files.createTempFile("crawl", ".csv");
                java.nio.file.Files.writeString(file, """
                        name_ar,name_latin,legal_form,registration_number,created_on,commune,sector,president_name,president_sex,members_women,members_men
                        تعاونية الاستيراد,Cooperative Import,COOPERATIVE,IMP-2024-1,01/02/2024,Taliouine,SAFFRON,فاطمة,F,7,1
                        ,Sans nom,COOPERATIVE,abc,31/02/2024,Nulle part,CAVIAR,,X,-1,1
                        """);
                driver.get(url("/cooperatives/import"));
                driver.findElement(By.id("file")).sendKeys(file.toString());
                driver.findElement(By.cssSelector("form[action='/cooperatives/import'] button[type=submit]")).click();
                // the preview's id is a random token, digits or letters first
                waitFor(d -> d.getCurrentUrl().matches(".*/cooperatives/import/[^/?]+"), "the import's preview");
                return List.of(URI.create(driver.getCurrentUrl()).getPath());
            }
            if (role.equals("anonymous")) {
                long product = id("select id from market_product where visible = true order by stock desc, id limit 1");
                driver.get(url("/shop/products/" + product));
                var page = driver.findElement(By.tagName("html"));
                js("document.getElementById('add-to-cart').requestSubmit()");
                waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page)::apply, "the cart");
                return List.of("/shop/checkout");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.of();
    }

    /** Waits for what an action causes; if it never comes, says where the browser stands and what the page says. */
    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition, String what) {
        try {
            new WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + what + ": the browser is at " + driver.getCurrentUrl() + " showing "
                    + js("return document.querySelector('main') ? document.querySelector('main').innerText"
                            + ".slice(0, 600) : document.body.innerText.slice(0, 600)"), e);
        }
    }

    /** The answer's status, asked by the page itself (with its cookies) before the browser goes there. */
    private long status(String path) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status)).catch(e => done(-1));""",
                url(path));
        return ((Number) answer).longValue();
    }

    /** Same-origin links and GET forms (sent with what they hold), as paths with their queries. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        var found = (List<String>) js("""
                const out = [];
                document.querySelectorAll('a[href]').forEach(a => out.push(a.href));
                document.querySelectorAll('form').forEach(f => {
                  if ((f.getAttribute('method') || 'get').toLowerCase() !== 'get') { return; }
                  const target = new URL(f.getAttribute('action') || location.pathname, location.href);
                  const query = new URLSearchParams(new FormData(f)).toString();
                  out.push(target.origin + target.pathname + (query ? '?' + query : ''));
                });
                return out;""");
        var paths = new ArrayList<String>();
        String origin = url("");
        for (String href : found) {
            if (!href.startsWith(origin)) {
                continue;
            }
            String path = href.substring(origin.length());
            int hash = path.indexOf('#');
            path = hash >= 0 ? path.substring(0, hash) : path;
            String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            if (path.isEmpty() || path.contains("lang=") || NOT_A_PAGE.matcher(bare).matches()) {
                continue;
            }
            paths.add(path);
        }
        return paths;
    }

    /** A page's shape: its path with ids and codes as placeholders, and the names of the query's filled fields. */
    static String shape(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        var segments = new ArrayList<String>();
        for (String segment : bare.split("/")) {
            segments.add(segment.matches(".*\\d.*") ? "{}" : segment);
        }
        var names = new TreeSet<String>();
        if (path.contains("?")) {
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && eq < pair.length() - 1) {
                    names.add(pair.substring(0, eq));
                }
            }
        }
        return String.join("/", segments) + (names.isEmpty() ? "" : "?" + String.join("&", names));
    }

    @SuppressWarnings("unchecked")
    private void check(String where, String language, int width) {
        var page = (Map<String, Object>) js("""
                const html = document.documentElement;
                const attributes = [];
                document.querySelectorAll('[placeholder],[title],[aria-label],[alt]').forEach(e => {
                  ['placeholder', 'title', 'aria-label', 'alt'].forEach(a => { if (e.getAttribute(a)) attributes.push(e.getAttribute(a)); });
                });
                const loose = [];
                document.querySelectorAll('.table-responsive > .table > * > tr > :first-child').forEach(c => {
                  if (getComputedStyle(c).position !== 'sticky') { loose.push('first column not kept in view: ' + c.textContent.trim().slice(0, 40)); }
                });
                document.querySelectorAll('table bdi').forEach(b => {
                  // a number and its currency are two bidi runs, two boxes on one line: count the lines
                  const lines = new Set([...b.getClientRects()].map(r => Math.round(r.bottom)));
                  if (lines.size > 1) { loose.push('number cut across lines: ' + b.textContent.trim()); }
                });
                // a destructive action asks first: its red button is the confirmation inside a folded tw-confirm,
                // or on a page of its own that asks for a reason; red buttons that choose (absent) say so
                document.querySelectorAll('button.btn-danger, button.btn-outline-danger').forEach(b => {
                  if (!b.closest('details.tw-confirm') && !b.closest('form[data-confirmation]') && !b.hasAttribute('data-choice')) {
                    loose.push('destructive button without confirmation: ' + b.textContent.trim().slice(0, 60));
                  }
                });
                document.querySelectorAll('table.table').forEach(t => {
                  if (!t.closest('.table-responsive') && t.scrollWidth > t.parentElement.clientWidth) { loose.push('wide table without a frame: ' + (t.id || t.className)); }
                });
                return {lang: html.lang, dir: html.dir, scroll: html.scrollWidth, width: window.innerWidth, tables: loose,
                        text: document.body.innerText + '\\n' + attributes.join('\\n'), title: document.title};""");
        String text = page.get("text") + "\n" + page.get("title");
        if (!language.equals(page.get("lang"))) {
            findings.add(where + ": lang is " + page.get("lang"));
        }
        String dir = language.equals("ar") ? "rtl" : "ltr";
        if (!dir.equals(page.get("dir"))) {
            findings.add(where + ": dir is " + page.get("dir"));
        }
        if (((Number) page.get("scroll")).longValue() > ((Number) page.get("width")).longValue()) {
            findings.add(where + ": scrolls sideways (" + page.get("scroll") + " px for " + width + " px): "
                    + widest());
        }
        for (Object table : (List<?>) page.get("tables")) {
            findings.add(where + ": " + table);
        }
        var placeholder = PLACEHOLDER.matcher(text);
        if (placeholder.find()) {
            findings.add(where + ": shows " + placeholder.group());
        }
        for (String key : messageKeys) {
            if (text.contains(key)) {
                findings.add(where + ": shows the message key " + key);
            }
        }
        for (String violation : axe()) {
            findings.add(where + ": " + violation);
        }
    }

    /** The element that sticks out furthest, to say where the sideways scroll comes from. */
    private Object widest() {
        return js("""
                let worst = null, right = window.innerWidth;
                document.querySelectorAll('body *').forEach(e => {
                  const box = e.getBoundingClientRect();
                  const out = Math.max(box.right - window.innerWidth, -box.left);
                  if (out > 0 && (worst === null || out > worst.out) && getComputedStyle(e).position !== 'fixed') {
                    worst = {out: out, tag: e.tagName + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')};
                  }
                });
                return worst === null ? 'unknown' : worst.tag + ' by ' + Math.round(worst.out) + ' px';""");
    }

    private String axeSource;

    @SuppressWarnings("unchecked")
    private List<String> axe() {
        if (axeSource == null) {
            axeSource = BrowserTestSupport.axe();
        }
        js(axeSource);
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ') + ' '
                            + n.html.slice(0, 160)).join(', '))));""");
    }

    /** Every key of the bundles, to recognise one shown raw. */
    private static Set<String> messageKeys() throws java.io.IOException {
        var keys = new TreeSet<String>();
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath:messages/*_en.properties")) {
            var properties = new java.util.Properties();
            try (var in = resource.getInputStream()) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            properties.stringPropertyNames().forEach(keys::add);
        }
        return keys;
    }

    // ----------------------------------------------------------------------------------------------- the coverage

    /** Every GET route of the application that answers a page was reached by some role, or says why not. */
    private void everyMappedPageWasReached() {
        var routes = new LinkedHashMap<String, PathPattern>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            if (info.getPathPatternsCondition() == null) {
                return;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String text = pattern.getPatternString();
                if (!NOT_A_PAGE.matcher(text).matches() && !NOT_CRAWLED.containsKey(text)) {
                    routes.put(text, pattern);
                }
            }
        });
        routes.forEach((text, pattern) -> {
            boolean reached = pathsVisited.stream()
                    .anyMatch(path -> pattern.matches(org.springframework.http.server.PathContainer.parsePath(path)));
            if (!reached) {
                findings.add("no role reached the page " + text);
            }
        });
        System.out.printf("crawler: %d pages mapped, %d paths visited%n", routes.size(), pathsVisited.size());
    }
}
