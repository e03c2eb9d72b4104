package ma.tiwizi.market.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import ma.tiwizi.registry.CooperativeBuilder;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ma.tiwizi.market.shops.Shops;
import ma.tiwizi.market.Category;
import ma.tiwizi.market.MarketTestSupport;

class StorefrontTest extends MarketTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    ma.tiwizi.platform.text.CloseSpellings closeSpellings;

    @LocalServerPort
    int port;

    @Test
    void shoppersFindProductsWhateverTheArabicSpellingAndNarrowThemByCategoryCommuneAndLeadership() throws Exception {
        String tag = uniqueNumber();
        var taliouine = cooperative("تعاونية تالوين " + tag, 9L, "");
        long saffron = product(taliouine, "زعفران حر " + tag, Category.SAFFRON, "95", 10);
        long honey = product(taliouine, "عسل " + tag, Category.HONEY, "150", 3);
        var led = register(CooperativeBuilder.aCooperative("تعاونية رجالية " + tag, uniqueNumber())
                .latin("Men coop " + tag).createdOn(LocalDate.of(2010, 1, 1)).in(Sector.SAFFRON)
                .presidedBy("أحمد", Sex.M, 1960).members(1, 9, 0, 0).form());
        long other = product(coop(led), "الزعفران الممتاز " + tag, Category.SAFFRON, "120", 4);

        mvc.perform(get("/shop/products").param("q", "الزَّعفرَان " + tag))
                .andExpect(content().string(containsString("/shop/products/" + saffron + "\"")))
                .andExpect(content().string(containsString("/shop/products/" + other + "\"")))
                .andExpect(content().string(not(containsString("/shop/products/" + honey + "\""))));
        mvc.perform(get("/shop/products").param("q", tag).param("category", "HONEY"))
                .andExpect(content().string(containsString("/shop/products/" + honey + "\"")))
                .andExpect(content().string(not(containsString("/shop/products/" + saffron + "\""))));
        mvc.perform(get("/shop/products").param("q", tag).param("womenLed", "true"))
                .andExpect(content().string(containsString("/shop/products/" + saffron + "\"")))
                .andExpect(content().string(not(containsString("/shop/products/" + other + "\""))));
        mvc.perform(get("/shop/products").param("q", tag).param("commune", "9"))
                .andExpect(content().string(containsString("/shop/products/" + honey + "\"")))
                .andExpect(content().string(not(containsString("/shop/products/" + other + "\""))));
        mvc.perform(get("/shop/products").param("q", tag).param("commune", "999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("هذه الجماعة غير معروفة")))
                .andExpect(content().string(containsString("/shop/products/" + other + "\"")));
        mvc.perform(get("/shop/products").param("category", "CAVIAR")).andExpect(status().isOk())
                .andExpect(content().string(containsString("أحد الاختيارات غير معروف")));

        mvc.perform(get("/shop/cooperatives/" + taliouine.cooperativeId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("تعاونية تسيرها امرأة")))
                .andExpect(content().string(containsString("/shop/products/" + honey + "\"")));
        mvc.perform(get("/sitemap.xml"))
                .andExpect(content().string(containsString("/shop/products/" + saffron + "</loc>")))
                .andExpect(content().string(containsString("/shop/cooperatives/" + taliouine.cooperativeId() + "</loc>")));
        mvc.perform(get("/shop/products/" + saffron))
                .andExpect(content().string(containsString("<meta property=\"og:title\" content=\"زعفران حر " + tag)))
                .andExpect(content().string(containsString("\"@type\":\"Product\"")))
                .andExpect(content().string(containsString("\"priceCurrency\":\"MAD\"")))
                .andExpect(content().string(containsString("https://wa.me/?text=")))
                .andExpect(content().string(containsString("https://www.facebook.com/sharer/sharer.php?u=")));
    }

    @Test
    void theQrCodeOnThePackagingLeadsToTheTraceabilityPage() throws Exception {
        var president = cooperative("تعاونية التتبع", 9L, "");
        long saffron = product(president, "زعفران تالوين للتتبع", Category.SAFFRON, "95", 10);
        byte[] png = mvc.perform(get("/shop/products/" + saffron + "/qr.png")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=86400, public"))
                .andReturn().getResponse().getContentAsByteArray();
        String url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                ImageIO.read(new ByteArrayInputStream(png)))))).getText();
        assertThat(url).endsWith("/shop/trace/" + saffron);
        mvc.perform(get(url.substring(url.indexOf("/shop/"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("زعفران تالوين للتتبع")))
                .andExpect(content().string(containsString("تعاونية التتبع")))
                .andExpect(content().string(containsString("LOT-1")))
                .andExpect(content().string(containsString("01/11/2026")));
        mvc.perform(get("/shop/products/" + saffron + "/qr.svg")).andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml"))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/shop/cooperatives/" + president.cooperativeId() + "/qr.svg")).andExpect(status().isOk());
        mvc.perform(get("/shop/trace/999999999")).andExpect(status().isNotFound());
    }

    /** The storefront home, with everything it loads before product photos, weighs under 150 KB on the wire. */
    @Test
    void theStorefrontHomeIsLightOnAWeakConnection() throws Exception {
        var president = cooperative("تعاونية الوزن", 9L, "");
        for (int i = 0; i < 10; i++) {
            product(president, "منتوج خفيف " + i, Category.HONEY, "50", 5);
        }
        var http = HttpClient.newHttpClient();
        var home = fetch(http, "/shop");
        String html = new String(home.body, java.nio.charset.StandardCharsets.UTF_8);
        long total = home.transferred;
        var assets = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"").matcher(html);
        int count = 0;
        while (assets.find()) {
            var asset = fetch(http, assets.group(1));
            // every stylesheet and script of some size travels compressed, whatever its declared type
            assertThat(asset.compressed() || asset.body().length < 2048).as(assets.group(1) + " compressed").isTrue();
            total += asset.transferred;
            count++;
        }
        assertThat(count).as("stylesheets and scripts of the page").isGreaterThanOrEqualTo(2);
        assertThat(html).contains("منتوج خفيف 9");
        assertThat(total).as("bytes on the wire before product photos").isLessThan(150 * 1024);
    }

    private record Fetched(byte[] body, long transferred, boolean compressed) {
    }

    private Fetched fetch(HttpClient http, String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        byte[] wire = response.body();
        boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
        byte[] body = gzip ? new GZIPInputStream(new ByteArrayInputStream(wire)).readAllBytes() : wire;
        return new Fetched(body, wire.length, gzip);
    }

    @Test
    void withoutAPublicAddressSetAQrCodeLeadsToTheAddressTheRequestCameInOnBehindAProxy() throws Exception {
        var president = cooperative("تعاونية الرمز", 9L, "");
        long product = product(president, "زيت الرمز", Category.ARGAN_OIL, "150", 4);
        var http = HttpClient.newHttpClient();
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/shop/products/"
                        + product + "/qr.png")).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "tiwizi.example.ma").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(response.body()));
        String scanned = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(
                        new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)))).getText();
        assertThat(scanned).isEqualTo("https://tiwizi.example.ma/shop/trace/" + product);
    }

    @Test
    void theProductPageSaysWhetherItIsInStockAndHowManyAreLeftWhenFew() throws Exception {
        var president = cooperative("تعاونية المخزون", 9L, "");
        long plenty = product(president, "عسل وفير", Category.HONEY, "80", 20);
        long three = product(president, "عسل قليل", Category.HONEY, "80", 3);
        long one = product(president, "عسل نادر", Category.HONEY, "80", 1);
        long none = product(president, "عسل نافد", Category.HONEY, "80", 0);
        mvc.perform(get("/shop/products/" + plenty)).andExpect(content().string(containsString("متوفر")));
        mvc.perform(get("/shop/products/" + three)).andExpect(content().string(containsString("بقيت 3 وحدات فقط")));
        mvc.perform(get("/shop/products/" + one)).andExpect(content().string(containsString("بقيت وحدة واحدة فقط")));
        mvc.perform(get("/shop/products/" + three).param("lang", "fr"))
                .andExpect(content().string(containsString("Plus que 3 en stock")));
        mvc.perform(get("/shop/products/" + none)).andExpect(content().string(not(containsString("id=\"stock\""))));
    }

    @Test
    void aVisitToAProductOpensNoSessionAndOnlyCheckoutAsksForAToken() throws Exception {
        var president = cooperative("تعاونية الجلسات", 9L, "");
        long product = product(president, "منتوج بلا جلسة", Category.HONEY, "60", 3);
        var visit = mvc.perform(get("/shop/products/" + product)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(visit.getCookie("SESSION")).as("no session for a passer-by").isNull();
        assertThat(visit.getContentAsString()).doesNotContain("name=\"_csrf\"");
        var added = mvc.perform(post("/shop/cart").param("product", String.valueOf(product)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        mvc.perform(post("/shop/checkout").cookie(added.getCookie("SESSION")).param("checkoutKey", "k-" + product)
                        .param("name", "س").param("phone", "0661234567").param("city", "ف").param("address", "ح")
                        .param("payment", "CASH_ON_DELIVERY"))
                .andExpect(status().isForbidden());
        assertThat(stock(product)).isEqualTo(3);
    }

    @org.springframework.beans.factory.annotation.Autowired
    Shops shops;

    @org.springframework.beans.factory.annotation.Autowired
    ma.tiwizi.TestClock clock;

    /**
     * With caching on (five seconds for pages, a minute for the home), a change shows on the product page, in searches
     * and in the home's figures once their time is up.
     */
    @Test
    void aProductPageAndASearchAreKeptAFewSecondsThenReadAgain() {
        var president = cooperative("تعاونية الذاكرة", 9L, "");
        long product = product(president, "منتوج في الذاكرة", Category.HONEY, "60", 3);
        var cached = new Storefront(jdbc, products, shops, labels, registry, java.time.Duration.ofMinutes(1),
                java.time.Duration.ofSeconds(5), clock, closeSpellings);
        try {
            var query = new Storefront.Query("منتوج في الذاكرة", null, null, null, false);
            clock.set(java.time.Instant.parse("2031-01-01T10:00:00Z"));
            int honey = cached.home().categories().getOrDefault(Category.HONEY, 0);
            assertThat(cached.product(product)).isPresent();
            assertThat(cached.search(query, 1).items()).extracting(Storefront.Card::id).contains(product);
            jdbc.sql("update market_product set visible = false where id = :id").param("id", product).update();
            clock.set(java.time.Instant.parse("2031-01-01T10:00:04Z"));
            assertThat(cached.product(product)).as("still within its five seconds").isPresent();
            assertThat(cached.search(query, 1).items()).extracting(Storefront.Card::id).contains(product);
            clock.set(java.time.Instant.parse("2031-01-01T10:00:06Z"));
            assertThat(cached.product(product)).as("read again once its time is up").isEmpty();
            assertThat(cached.search(query, 1).items()).extracting(Storefront.Card::id).doesNotContain(product);
            assertThat(cached.home().categories().getOrDefault(Category.HONEY, 0)).as("the home, kept a minute")
                    .isEqualTo(honey);
            clock.set(java.time.Instant.parse("2031-01-01T10:01:01Z"));
            assertThat(cached.home().categories().getOrDefault(Category.HONEY, 0)).isEqualTo(honey - 1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aCooperativeRenamedInTheRegistryIsFoundByItsNewNameOnTheStorefront() throws Exception {
        var president = cooperative("تعاونية الاسم القديم", 9L, "");
        long product = product(president, "منتوج يتبع الاسم", Category.HONEY, "60", 3);
        String renamed = "تعاونية النحالين " + uniqueNumber();
        asAdmin(() -> {
            var c = registry.get(president.cooperativeId());
            registry.update(c.id(), CooperativeBuilder.aCooperative(renamed, c.registrationNumber())
                    .latin(c.nameLatin()).as(c.legalForm()).createdOn(c.createdOn()).in(c.communeId()).in(c.sector())
                    .presidedBy(c.presidentName(), c.presidentSex(), c.presidentBirthYear())
                    .members(c.membersWomen(), c.membersMen(), c.womenUnder35(), c.menUnder35()).atVersion(c.version())
                    .form());
            return null;
        });
        for (int i = 0; i < 50 && !jdbc.sql("select search_key from market_product where id = :id").param("id", product)
                .query(String.class).single().contains("النحالين"); i++) {
            Thread.sleep(100);
        }
        mvc.perform(get("/shop/products").param("q", renamed))
                .andExpect(content().string(containsString("/shop/products/" + product + "\"")));
    }

    @Test
    void hiddenProductsAndInactiveCooperativesStayOffTheStorefront() throws Exception {
        var president = cooperative("تعاونية مخفية", 9L, "");
        long product = product(president, "منتوج سيخفى", Category.CRAFTS, "70", 2);
        mvc.perform(get("/shop/products/" + product)).andExpect(status().isOk());
        asAdmin(() -> {
            registry.changeStatus(president.cooperativeId(), ma.tiwizi.registry.CooperativeStatus.DORMANT);
            return null;
        });
        for (int i = 0; i < 50 && jdbc.sql("select active from market_shop where cooperative_id = :c")
                .param("c", president.cooperativeId()).query(Boolean.class).single(); i++) {
            Thread.sleep(100);
        }
        mvc.perform(get("/shop/products/" + product)).andExpect(status().isNotFound());
        mvc.perform(get("/shop/cooperatives/" + president.cooperativeId())).andExpect(status().isNotFound());
        mvc.perform(post("/shop/cart").with(csrf()).param("product", String.valueOf(product)))
                .andExpect(status().isNotFound());
    }
}
