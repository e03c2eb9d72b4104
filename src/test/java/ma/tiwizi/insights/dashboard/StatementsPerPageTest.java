package ma.tiwizi.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import ma.tiwizi.TestClockConfig;
import ma.tiwizi.TestInfrastructure;
import ma.tiwizi.demo.NationalDataset;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No page runs more SQL statements as the data grows (no N+1): the national generator fills a database of its own at
 * a small scale, every page's statements are counted, the generator adds several times more, and the counts must not
 * move.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestClockConfig.class, StatementsPerPageTest.CountingDataSource.class})
class StatementsPerPageTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres(registry, "statements_per_page");
    }

    /** Counts every statement the application runs (per thread, so only the request under test). */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountingDataSource {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                            ? ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build() : bean;
                }
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired NationalDataset dataset;
    @Autowired Analytics analytics;
    @Autowired JdbcClient jdbc;

    @Test
    void listsAndDashboardsRunTheSameNumberOfStatementsWhateverTheData() throws Exception {
        dataset.generate(0.0005, 1);
        analytics.rebuild();
        statements(); // first visits load what is cached for good (the communes)
        var small = statements();
        dataset.generate(0.003, 2);
        analytics.rebuild();
        assertThat(jdbc.sql("select count(*) from market_order").query(Long.class).single())
                .as("the second run adds several times more data").isGreaterThan(600);
        // one cooperative's own list of applications grows: it takes one application of every call it had none in
        long applicant = applicant();
        String owned = "select count(*) from funding_application where cooperative_id = :c";
        long before = jdbc.sql(owned).param("c", applicant).query(Long.class).single();
        jdbc.sql("""
                update funding_application set cooperative_id = :c where id in (select min(id) from funding_application
                where call_id not in (select call_id from funding_application where cooperative_id = :c)
                group by call_id order by min(id) limit 20)""").param("c", applicant).update();
        assertThat(jdbc.sql(owned).param("c", applicant).query(Long.class).single()).isGreaterThanOrEqualTo(before + 2);
        var large = statements();
        assertThat(large).isEqualTo(small);
        assertThat(small.values()).allSatisfy(count -> assertThat(count).isPositive().isLessThan(40));
    }

    /** The cooperative with the most applications. */
    private long applicant() {
        return jdbc.sql("select cooperative_id from funding_application group by cooperative_id "
                + "order by count(*) desc, cooperative_id limit 1").query(Long.class).single();
    }

    /** Statements per page, on pages that list or sum many rows. */
    private Map<String, Long> statements() throws Exception {
        long product = jdbc.sql("select min(id) from market_product").query(Long.class).single();
        long shop = jdbc.sql("select min(cooperative_id) from market_shop").query(Long.class).single();
        long application = jdbc.sql("select min(id) from funding_application").query(Long.class).single();
        long seller = jdbc.sql("select cooperative_id from market_order group by cooperative_id order by count(*) desc "
                + "limit 1").query(Long.class).single();
        long call = jdbc.sql("select call_id from funding_application group by call_id order by count(*) desc limit 1")
                .query(Long.class).single();
        var admin = new TiwiziPrincipal(1, "counting-admin", "", "Admin", Role.ADMIN, null, true, true);
        var applying = new TiwiziPrincipal(4, "counting-applicant", "", "Coop", Role.COOP, applicant(), true, true);
        var cooperative = new TiwiziPrincipal(3, "counting-coop", "", "Coop", Role.COOP, seller, true, true);
        var pages = new LinkedHashMap<String, UserDetails>();
        pages.put("/admin/insights", admin);
        pages.put("/admin/insights?province=Province 1", admin);
        pages.put("/cooperatives", admin);
        pages.put("/cooperatives?q=تعاونية الامل", admin);
        pages.put("/applications/" + application, admin);
        pages.put("/admin/training", admin);
        pages.put("/calls/" + call + "/ranking", admin);
        pages.put("/shop", null);
        pages.put("/shop/products?q=زعفران", null);
        pages.put("/shop/products/" + product, null);
        pages.put("/shop/cooperatives/" + shop, null);
        pages.put("/market/orders", cooperative);
        pages.put("/market/sales", cooperative);
        pages.put("/applications", applying);
        pages.put("/", admin);
        pages.put("/?lang=ar", cooperative);
        pages.put("/inbox", cooperative);
        pages.put("/api/v1/applications", applying);
        var counts = new LinkedHashMap<String, Long>();
        for (var page : pages.entrySet()) {
            var request = get(page.getKey());
            if (page.getValue() != null) {
                request.with(user(page.getValue()));
            }
            QueryCountHolder.clear();
            mvc.perform(request).andExpect(status().isOk());
            // the busiest call differs as data grows: pages are compared by their address's shape
            counts.put(page.getKey().replaceAll("/\\d+", "/{id}"), QueryCountHolder.getGrandTotal().getTotal());
        }
        return counts;
    }
}
