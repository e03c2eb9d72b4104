package ma.tiwizi;

import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Full application on a real PostgreSQL (started once per test run from Maven-Central binaries), on a random port.
 * Every integration test extends this class so they all share one Spring context and one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(TestClockConfig.class)
public abstract class PostgresIntegrationTest {

    /** A real SMTP server (GreenMail) on port 3025 for the whole test run: mail the application sends lands here. */
    protected static final com.icegreen.greenmail.util.GreenMail MAIL = TestInfrastructure.MAIL;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres(registry);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    @org.springframework.beans.factory.annotation.Autowired
    protected ma.tiwizi.registry.CooperativeRegistry registry;

    /** A registration number no other test uses. */
    protected static String uniqueNumber() {
        return "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-"
                + SEQUENCE.incrementAndGet();
    }

    /** A valid cooperative form; tests change what they need. */
    protected static ma.tiwizi.registry.CooperativeForm form(String nameAr, String nameLatin, String number) {
        return new ma.tiwizi.registry.CooperativeForm(nameAr, nameLatin, ma.tiwizi.registry.LegalForm.COOPERATIVE,
                number, java.time.LocalDate.of(2015, 3, 1), "", 1L, ma.tiwizi.registry.Sector.HONEY, "", "", "",
                "Fatima Ait Ali", ma.tiwizi.registry.Sex.M, 1970, 3, 7, 0, 0, null);
    }

    /** Registers a cooperative as an administrator would, and returns its id. */
    protected long register(ma.tiwizi.registry.CooperativeForm form) {
        return asAdmin(() -> registry.register(form));
    }

    protected static <T> T asAdmin(java.util.function.Supplier<T> action) {
        return Acting.as(admin(), action);
    }

    protected static TiwiziPrincipal admin() {
        return new TiwiziPrincipal(1, "test-admin", "", "Test admin", Role.ADMIN, null, true, true);
    }

    protected static TiwiziPrincipal reviewer() {
        return new TiwiziPrincipal(2, "test-reviewer", "", "Test reviewer", Role.REVIEWER, null, true, true);
    }

    protected static TiwiziPrincipal coop(long cooperativeId) {
        return new TiwiziPrincipal(3, "test-coop-" + cooperativeId, "", "Test coop", Role.COOP, cooperativeId, true,
                true);
    }
}
