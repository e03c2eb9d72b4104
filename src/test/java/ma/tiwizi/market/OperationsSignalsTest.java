package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.accounts.ApiTokens;
import ma.tiwizi.market.orders.CheckoutForm;
import ma.tiwizi.market.orders.Orders;
import ma.tiwizi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What operations people watch: Prometheus reads the HTTP, pool and JVM metrics and the programme's own counters at
 * {@code /actuator/prometheus} with an administrator's API token (nobody else); every answer names its node and its
 * request id (the proxy's when it gives a sensible one).
 */
class OperationsSignalsTest extends MarketTestSupport {

    @Autowired Orders orders;
    @Autowired AccountDirectory accounts;
    @Autowired ApiTokens tokens;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping routes;
    @org.springframework.beans.factory.annotation.Value("${management.metrics.web.server.max-uri-tags}")
    int maxUriTags;

    /**
     * Request metrics are tagged by route: past the limit on tag values, the routes after it would go unmeasured (the
     * default of 100 was below Tiwizi's count). Every route, with the NOT_FOUND, REDIRECTION and UNKNOWN values, fits.
     */
    @Test
    void everyRouteIsMeasured() {
        long templates = routes.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()).distinct().count();
        assertThat(templates).isGreaterThan(100);
        assertThat(maxUriTags).isGreaterThanOrEqualTo((int) templates + 3);
    }

    private String scrape(String token) throws Exception {
        return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static double counter(String scraped, String name) {
        var matcher = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.E+-]+)$").matcher(scraped);
        return matcher.find() ? Double.parseDouble(matcher.group(2)) : 0;
    }

    @Test
    void prometheusReadsTheProgrammesCountersWithAnAdministratorsToken() throws Exception {
        String admin = "ops" + uniqueNumber().toLowerCase().replace("-", "");
        long adminId = asAdmin(() -> accounts.openInitial(admin, "Ops", "operations-password-2026", Role.ADMIN, null));
        String token = tokens.create(adminId, "prometheus");
        var president = cooperative("تعاونية العدادات", 9L, "");
        long coopUser = asAdmin(() -> accounts.openInitial("c" + admin, "Coop", "operations-password-2026", Role.COOP,
                president.cooperativeId()));

        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + tokens.create(coopUser, "x")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/shop"));
        double before = counter(scrape(token), "tiwizi_orders_placed_total");
        long saffron = product(president, "زعفران العدادات", Category.SAFFRON, "90", 5);
        orders.checkout(new CheckoutForm("مشتر", "0661234595", "أكادير", "حي", "", Payment.CASH_ON_DELIVERY,
                UUID.randomUUID().toString()), Map.of(saffron, 1));
        String scraped = scrape(token);
        assertThat(counter(scraped, "tiwizi_orders_placed_total")).isEqualTo(before + 1);
        assertThat(scraped).contains("http_server_requests_seconds_count").contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void everyAnswerNamesItsNodeAndItsRequest() throws Exception {
        mvc.perform(get("/shop")).andExpect(header().exists("X-Tiwizi-Node"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
        mvc.perform(get("/shop").header("X-Request-Id", "proxy-req-12345678"))
                .andExpect(header().string("X-Request-Id", "proxy-req-12345678"));
        mvc.perform(get("/shop").header("X-Request-Id", "bad id with spaces <script>"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }
}
