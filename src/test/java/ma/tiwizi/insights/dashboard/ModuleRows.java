package ma.tiwizi.insights.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import ma.tiwizi.Acting;
import ma.tiwizi.market.Category;
import ma.tiwizi.market.Payment;
import ma.tiwizi.market.ProductForm;
import ma.tiwizi.market.Products;
import ma.tiwizi.market.Unit;
import ma.tiwizi.market.orders.CheckoutForm;
import ma.tiwizi.market.orders.Orders;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the dashboards' tests need the other modules to have recorded, written as those modules write it: a training
 * session and its seated participants, an approved application with its payment and visit, an order.
 */
final class ModuleRows {

    private final JdbcClient jdbc;

    ModuleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A session held on the 1st of February of the year, in a programme of its own. */
    long session(int year) {
        var day = Date.valueOf(LocalDate.of(year, 2, 1));
        long trainer = jdbc.sql("select id from accounts_user order by id limit 1").query(Long.class).single();
        long programme = jdbc.sql("""
                insert into training_programme (title, starts_on, ends_on, venue, target_cooperatives, created_at,
                    created_by, version) values ('لوحة', :d, :d, 'دار', 5, now(), 'test', 0) returning id""")
                .param("d", day).query(Long.class).single();
        return jdbc.sql("""
                insert into training_session (programme_id, module_id, trainer_id, held_on, starts_at, ends_at, place,
                    place_key, capacity, version)
                values (:g, 1, :t, :d, '09:00', '12:00', :p, :p, 20, 0) returning id""").param("g", programme)
                .param("t", trainer).param("d", day).param("p", "dashboard-" + UUID.randomUUID())
                .query(Long.class).single();
    }

    /** A woman under 25 of the cooperative seated in the session (its invitation made once), present or not. */
    long seat(long session, long cooperative, String phone, boolean present) {
        long invitation = jdbc.sql("select id from training_invitation where session_id = :s and cooperative_id = :c")
                .param("s", session).param("c", cooperative).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into training_invitation (session_id, cooperative_id, invited_at, invited_by)
                        values (:s, :c, now(), 'test') returning id""").param("s", session).param("c", cooperative)
                        .query(Long.class).single());
        return jdbc.sql("""
                insert into training_participant (invitation_id, session_id, full_name, sex, age_band, phone, status,
                    enrolled_at, attended)
                values (:i, :s, 'مشاركة', 'F', 'UNDER_25', :phone, 'SEATED', now(), :present) returning id""")
                .param("i", invitation).param("s", session).param("phone", phone).param("present", present)
                .query(Long.class).single();
    }

    /** An application submitted and approved on the 20th of January of the year for the amount asked. */
    long approved(long call, long cooperative, int year, String reference, String amount, String ownCash,
            String ownInKind) {
        var on = Timestamp.valueOf(LocalDateTime.of(year, 1, 20, 10, 0));
        return jdbc.sql("""
                insert into funding_application (call_id, cooperative_id, status, public_requested, own_cash,
                    own_in_kind, reference, submitted_at, created_at, updated_at, version, decision_amount, decided_at)
                values (:call, :c, 'APPROVED', :amount, :cash, :kind, :ref, :on, :on, :on, 0, :amount, :on)
                returning id""").param("call", call).param("c", cooperative).param("amount", new BigDecimal(amount))
                .param("cash", new BigDecimal(ownCash)).param("kind", new BigDecimal(ownInKind)).param("ref", reference)
                .param("on", on).query(Long.class).single();
    }

    /** The application's first tranche (40 %), released on the 1st of February of the year. */
    void paid(long application, int year, String amount) {
        jdbc.sql("""
                insert into funding_tranche (application_id, number, percent, amount, min_progress, released_on)
                values (:a, 1, 40, :amount, 0, :d)""").param("a", application).param("amount", new BigDecimal(amount))
                .param("d", Date.valueOf(LocalDate.of(year, 2, 1))).update();
    }

    /** A follow-up visit on the 1st of March of the year, half-way, counting the jobs made. */
    void visited(long application, int year, int jobsWomen, int jobsMen) {
        jdbc.sql("""
                insert into funding_visit (application_id, visited_on, progress, project_status, jobs_women, jobs_men,
                    jobs_youth, findings, recorded_by, recorded_at)
                values (:a, :d, 50, 'ON_TRACK', :w, :m, 1, 'زيارة', 'test', now())""").param("a", application)
                .param("d", Date.valueOf(LocalDate.of(year, 3, 1))).param("w", jobsWomen).param("m", jobsMen)
                .update();
    }

    /** The cooperative's president lists a product at the price; a buyer orders this many; returns the order's id. */
    long order(Products products, Orders orders, TiwiziPrincipal president, String product, String price,
            int quantity) {
        long listed = Acting.as(president, () -> products.create(new ProductForm(product, "", "", "", "", "",
                Category.SAFFRON, Unit.G, BigDecimal.ONE, new BigDecimal(price), 5, true, "", null, null)));
        orders.checkout(new CheckoutForm("مشتر", "0661234567", "فاس", "حي", "", Payment.CASH_ON_DELIVERY,
                UUID.randomUUID().toString()), Map.of(listed, quantity));
        return jdbc.sql("select max(id) from market_order where cooperative_id = :c")
                .param("c", president.cooperativeId()).query(Long.class).single();
    }
}
