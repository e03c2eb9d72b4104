package ma.tiwizi.market;

import static ma.tiwizi.Acting.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ma.tiwizi.market.labels.Labels;

/** What market tests share: a cooperative with its president, and products it puts on sale. */
public abstract class MarketTestSupport extends PostgresIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Products products;

    @Autowired
    protected Labels labels;

    /** A women-led cooperative in the given commune, with an e-mail address; returns its president. */
    protected TiwiziPrincipal cooperative(String nameAr, long commune, String email) {
        long id = register(new CooperativeForm(nameAr, "Coop " + uniqueNumber(), LegalForm.COOPERATIVE,
                uniqueNumber(), LocalDate.of(2019, 4, 1), "", commune, Sector.SAFFRON, "", "", email, "فاطمة",
                Sex.F, 1978, 9, 1, 3, 0, null));
        return coop(id);
    }

    protected long product(TiwiziPrincipal president, String nameAr, Category category, String price, int stock) {
        return as(president, () -> products.create(new ProductForm(nameAr, "", "", "وصف", "", "", category, Unit.G,
                BigDecimal.ONE, new BigDecimal(price), stock, true, "LOT-1", LocalDate.of(2026, 11, 1), null)));
    }

    protected int stock(long product) {
        return jdbc.sql("select stock from market_product where id = :id").param("id", product).query(Integer.class)
                .single();
    }


    /** Waits at most 20 s for what an after-commit listener does. */
    protected static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            org.assertj.core.api.Assertions.assertThat(System.nanoTime()).as("waited 20 s").isLessThan(until);
            Thread.sleep(50);
        }
    }

    /** The e-mails the test SMTP server received for this address. */
    protected static java.util.List<jakarta.mail.internet.MimeMessage> mailsTo(String email) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
