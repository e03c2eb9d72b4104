package ma.tiwizi;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.CooperativeSearch;
import ma.tiwizi.territory.CommuneDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The zero-install first run: the same migrations on the embedded H2 database in PostgreSQL mode, with the demo data
 * the README promises.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:tiwizi-h2-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "tiwizi.demo.enabled=true"})
@ActiveProfiles("test")
class EmbeddedH2Test {

    @Autowired
    ma.tiwizi.insights.dashboard.Analytics analytics;

    @Autowired
    ma.tiwizi.insights.dashboard.Dashboard dashboard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    CommuneDirectory communes;

    @Autowired
    CooperativeRegistry registry;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    java.util.List<ApplicationRunner> runners;

    @Test
    void everyNamedStatementOfEveryModuleCompilesOnH2AsOnPostgresql() throws Exception {
        var refused = new java.util.ArrayList<String>();
        try (var connection = dataSource.getConnection()) {
            for (String[] statement : ma.tiwizi.platform.NamedQueriesTest.statementsOf()) {
                try (var prepared = connection.prepareStatement(statement[1])) {
                    prepared.getParameterMetaData();
                } catch (java.sql.SQLException e) {
                    refused.add(statement[0] + ": " + e.getMessage());
                }
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void flywayCreatesTheSchemaWithTheEightyNineCommunesOfTaroudant() {
        assertThat(jdbc.sql("select count(*) from territory_commune").query(Long.class).single()).isEqualTo(89);
        assertThat(communes.cercles()).containsExactly("Irherm", "Oulad Berhil", "Oulad Teima", "Taliouine",
                "Taroudant");
        assertThat(communes.findByName("تالوين")).isPresent();
        assertThat(communes.findByName("aoulouz")).isPresent();
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isZero();
    }

    @Test
    void demoModeLoadsFiftyCooperativesAndTheFourDemoAccountsOnceOnly() throws Exception {
        assertThat(registry.count()).isEqualTo(50);
        assertThat(jdbc.sql("select username from accounts_user order by username").query(String.class).list())
                .containsExactly("admin", "coop", "reviewer", "trainer");
        assertThat(jdbc.sql("select cooperative_id from accounts_user where username = 'coop'").query(Long.class)
                .single()).isNotNull();
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : runners) {
            runner.run(none);
        }
        assertThat(registry.count()).isEqualTo(50);
        assertThat(jdbc.sql("select count(*) from accounts_user").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from market_product where visible = true").query(Long.class).single())
                .as("twelve demo shops with two products each").isEqualTo(24);
        assertThat(jdbc.sql("select count(*) from market_photo").query(Long.class).single()).isEqualTo(24);
    }

    @Test
    void theDashboardWorksOnTheDemoData() {
        analytics.rebuild();
        var admin = new TiwiziPrincipal(1, "h2-admin", "", "H2", Role.ADMIN, null, true, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            var view = dashboard.view(new ma.tiwizi.insights.dashboard.DashboardFilter(1990, null, null, null, null, null, null,
                    null, null));
            assertThat(view.cooperatives().registered()).isEqualTo(50);
            assertThat(view.byCommune()).isNotEmpty();
            var womenOnly = dashboard.view(new ma.tiwizi.insights.dashboard.DashboardFilter(1990, null, null, null, null, null,
                    null, true, null));
            assertThat(womenOnly.cooperatives().registered()).isBetween(1L, 49L);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void searchFindsArabicSpellingVariantsOnH2Too() {
        var admin = new TiwiziPrincipal(1, "h2-admin", "", "H2", Role.ADMIN, null, true, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            var found = registry.search(new CooperativeSearch("تعاونيه الامل", null, null, null, null, null, null,
                    null, null, null, null));
            assertThat(found.total()).isPositive();
            assertThat(found.items()).allSatisfy(c -> assertThat(c.nameAr()).contains("الأمل"));
            var women = registry.search(new CooperativeSearch(null, null, null, null, null, true, null, null, null,
                    null, 100));
            assertThat(women.items()).isNotEmpty().allSatisfy(c -> assertThat(c.womenLed()).isTrue());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
