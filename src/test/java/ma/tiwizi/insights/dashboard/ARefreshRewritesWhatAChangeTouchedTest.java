package ma.tiwizi.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.administration.rules.LegalCalendar;
import ma.tiwizi.funding.internal.CallBuilder;
import ma.tiwizi.funding.internal.Calls;
import ma.tiwizi.market.Products;
import ma.tiwizi.market.orders.Orders;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.registry.CooperativeBuilder;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change reaches the dashboards by rewriting only the communes of the cooperatives it touched, and the figures are
 * then exactly those a rebuild from scratch gives — for a change of every kind the dashboards read. A change whose
 * reach is unknown reads everything again; one no figure shows touches nothing.
 */
class ARefreshRewritesWhatAChangeTouchedTest extends PostgresIntegrationTest {

    private static final long COMMUNE = 43;
    private static final long OTHER_COMMUNE = 44;
    /** Where the cooperative that moves was: no other change touches it, so only the move can rewrite it. */
    private static final long LEFT_COMMUNE = 45;

    @Autowired Analytics analytics;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired Calls calls;
    @Autowired Products products;
    @Autowired Orders orders;
    private ModuleRows modules;

    @org.junit.jupiter.api.BeforeEach
    void modules() {
        modules = new ModuleRows(jdbc);
    }

    @Test
    void aRefreshAfterChangesOfEveryKindGivesTheFiguresOfARebuild() {
        int year = LocalDate.now(java.time.ZoneId.of("Africa/Casablanca")).getYear();
        long moving = register(CooperativeBuilder.aCooperative("تعاونية الرحيل", uniqueNumber()).latin("Moving")
                .createdOn(LocalDate.of(year - 2, 3, 1)).in(LEFT_COMMUNE).in(Sector.ARGAN)
                .presidedBy("عمر", Sex.M, 1960).members(3, 4, 0, 0).form());
        long staying = register(CooperativeBuilder.aCooperative("تعاونية البقاء", uniqueNumber()).latin("Staying")
                .createdOn(LocalDate.of(year - 1, 5, 1)).in(COMMUNE).in(Sector.SAFFRON)
                .presidedBy("فاطمة", Sex.F, 1985).members(6, 1, 2, 0).form());
        analytics.rebuild();
        double rebuilds = count("tiwizi.analytics.rebuild");
        double refreshes = count("tiwizi.analytics.refresh");

        // the registry: one moves to another commune and is now presided by a young woman; one is registered
        var before = asAdmin(() -> registry.get(moving));
        asAdmin(() -> {
            registry.update(moving, CooperativeBuilder.aCooperative("تعاونية الرحيل", before.registrationNumber())
                    .latin("Moving").createdOn(LocalDate.of(year - 2, 3, 1)).in(OTHER_COMMUNE).in(Sector.ARGAN)
                    .presidedBy("سلمى", Sex.F, year - 24).members(5, 4, 3, 0).atVersion(before.version()).form());
            return null;
        });
        long added = register(CooperativeBuilder.aCooperative("تعاونية جديدة", uniqueNumber()).latin("Added")
                .createdOn(LocalDate.of(year, 1, 10)).in(COMMUNE).presidedBy("زهرة", Sex.F, 1990)
                .members(2, 0, 1, 0).form());
        // the market: an order placed, then another cancelled
        order(staying);
        long cancelled = order(staying);
        changed(new Audited("test", "cancelled", "order", String.valueOf(cancelled), ""),
                () -> jdbc.sql("update market_order set status = 'CANCELLED' where id = :id").param("id", cancelled)
                        .update());
        // funding: an application decided, paid and visited
        long call = asAdmin(() -> calls.publish(CallBuilder.aCall("طلب التحديث " + uniqueNumber()).form()));
        long application = inTransaction(() -> modules.approved(call, added, year, "REF-" + uniqueNumber(), "40000",
                "10000", "5000"));
        changed(new Audited("test", "decide", "application", String.valueOf(application), ""), () -> { });
        changed(new Audited("test", "visit", "application", String.valueOf(application), ""), () -> {
            modules.paid(application, year, "16000");
            modules.visited(application, year, 2, 1);
        });
        // training: two enrolled, one marked present, one who takes both tests and is certified, one withdrawn
        long session = inTransaction(() -> modules.session(year));
        changed(new Audited("test", "schedule", "session", String.valueOf(session), ""), () -> { });
        long present = participant(session, moving, "+212600000011");
        long tested = participant(session, staying, "+212600000012");
        changed(new Audited("test", "attendance", "participant", String.valueOf(present), ""),
                () -> jdbc.sql("update training_participant set attended = true where id = :p").param("p", present)
                        .update());
        changed(new Audited("test", "test", "participant", String.valueOf(tested), ""), () -> {
            for (var phase : List.of("PRE", "POST")) {
                jdbc.sql("insert into training_test (participant_id, phase, score, out_of, taken_at) "
                        + "values (:p, :phase, :score, 10, now())").param("p", tested).param("phase", phase)
                        .param("score", phase.equals("PRE") ? 4 : 9).update();
            }
        });
        changed(new Audited("test", "issue", "certificate", String.valueOf(tested), ""),
                () -> jdbc.sql("""
                        insert into training_certificate (participant_id, programme_id, cooperative_id, phone, code,
                            issued_at)
                        select :p, programme_id, :c, '+212600000012', :code, now() from training_session
                        where id = :s""").param("p", tested).param("c", staying).param("s", session)
                        .param("code", UUID.randomUUID().toString().substring(0, 12)).update());
        changed(new Audited("test", "withdraw", "session", String.valueOf(session), ""),
                () -> jdbc.sql("delete from training_participant where id = :p").param("p", present).update());
        // administration: a member admitted, an ordinary assembly with its quorum, the accounts filed
        long member = inTransaction(() -> jdbc.sql("""
                insert into administration_member (cooperative_id, number, full_name, sex, joined_on, shares,
                    share_value, paid, called, status, recorded_at, recorded_by)
                values (:c, 1, 'عضوة', 'F', :d, 1, 100, 100, 100, 'MEMBER', now(), 'test') returning id""")
                .param("c", staying).param("d", Date.valueOf(LocalDate.of(year - 1, 1, 1))).query(Long.class)
                .single());
        changed(new Audited("test", "admit", "member", String.valueOf(member), ""), () -> { });
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Africa/Casablanca"));
        LocalDate yearEnd = LegalCalendar.lastClosedYearEnd(today);
        LocalDate held = yearEnd.plusMonths(2).isAfter(today) ? today : yearEnd.plusMonths(2);
        long assembly = inTransaction(() -> jdbc.sql("""
                insert into administration_assembly (cooperative_id, kind, held_on, starts_at, place, call_number,
                    created_at, created_by, quorum_reached)
                values (:c, 'ORDINARY', :d, '10:00', 'المقر', 1, now(), 'test', true) returning id""")
                .param("c", staying).param("d", Date.valueOf(held)).query(Long.class).single());
        changed(new Audited("test", "vote", "assembly", String.valueOf(assembly), ""), () -> { });
        changed(new Audited("test", "done", "duty", String.valueOf(staying), ""), () -> jdbc.sql("""
                insert into administration_duty_done (cooperative_id, year_end, duty, done_on, proof, recorded_at,
                    recorded_by) values (:c, :y, 'FILING_WITH_CLERK', :d, 'récépissé', now(), 'test')""")
                .param("c", staying).param("y", Date.valueOf(yearEnd)).param("d", Date.valueOf(held)).update());
        // a change no figure shows: nothing more to read
        changed(new Audited("test", "score", "review", "1", ""), () -> { });

        assertThat(analytics.outOfDate()).isTrue();
        analytics.refreshIfStale();
        assertThat(analytics.outOfDate()).isFalse();
        assertThat(count("tiwizi.analytics.refresh")).as("refreshed, not rebuilt").isEqualTo(refreshes + 1);
        assertThat(count("tiwizi.analytics.rebuild")).isEqualTo(rebuilds);
        var refreshed = tables();
        assertThat(refreshed.get(0)).anyMatch(row -> row.startsWith(moving + "|" + OTHER_COMMUNE + "|"))
                .anyMatch(row -> row.startsWith(staying + "|") && row.endsWith("|true|true"));

        analytics.rebuild();
        var rebuilt = tables();
        for (int table = 0; table < rebuilt.size(); table++) {
            assertThat(refreshed.get(table)).as("analytics table " + table).containsExactlyElementsOf(rebuilt.get(table));
        }
    }

    @Test
    void aChangeOfUnknownReachReadsEverythingAgainAndOneNoFigureShowsTouchesNothing() {
        analytics.rebuild();
        analytics.on(new Audited("test", "changed", "review", "1", ""));
        analytics.on(new Audited("test", "update", "business-plan", "1", ""));
        assertThat(analytics.outOfDate()).isFalse();

        double rebuilds = count("tiwizi.analytics.rebuild");
        analytics.on(new Audited("test", "changed", "something-new", "1", ""));
        assertThat(analytics.outOfDate()).isTrue();
        analytics.refreshIfStale();
        assertThat(count("tiwizi.analytics.rebuild")).isEqualTo(rebuilds + 1);
        assertThat(analytics.outOfDate()).isFalse();
    }

    /** A change that rolls back touches nothing: only what commits waits for the next refresh. */
    @Test
    void aChangeThatRollsBackWaitsForNothing() {
        analytics.rebuild();
        long cooperative = register(CooperativeBuilder.aCooperative("تعاونية التراجع", uniqueNumber())
                .latin("Rolled back").in(COMMUNE).form());
        analytics.rebuild();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new Audited("test", "update", "cooperative", String.valueOf(cooperative), ""));
            status.setRollbackOnly();
        });
        assertThat(analytics.outOfDate()).isFalse();
    }

    /** Every entity any module audits is known here: read through a view, or shown by no figure. */
    @Test
    void everyAuditedEntityIsKnownToTheDashboards() throws IOException {
        var literal = Pattern.compile("Audited\\.by\\(\\s*[^,]+,\\s*\"([^\"]+)\"");
        var constructed = Pattern.compile("new Audited\\(\\s*[^,]+,\\s*[^,]+,\\s*\"([^\"]+)\"");
        Set<String> audited = new TreeSet<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                int calls = count(text, "Audited.by(") + count(text, "new Audited(");
                int found = 0;
                for (var pattern : List.of(literal, constructed)) {
                    var matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        audited.add(matcher.group(1));
                        found++;
                    }
                }
                if (found != calls && !source.endsWith("Audited.java")) {
                    unreadable.add(source.toString());
                }
            }
        }
        assertThat(unreadable).as("audited entity types written as literals").isEmpty();
        assertThat(audited).hasSizeGreaterThan(15);
        for (String type : audited) {
            assertThat(Analytics.COOPERATIVE_ENTITIES.contains(type) || Analytics.TOUCHES.containsKey(type)
                    || Analytics.UNREAD.contains(type)).as("the dashboards know what a change of " + type + " touches")
                    .isTrue();
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private double count(String timer) {
        var found = meters.find(timer).timer();
        return found == null ? 0 : found.count();
    }

    /** A change as its module makes it: the rows, then its audited event, in one transaction. */
    private void changed(Audited event, Runnable rows) {
        transactions.executeWithoutResult(status -> {
            rows.run();
            events.publishEvent(event);
        });
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** Every analytics table, each row as text, in a stable order. */
    private List<List<String>> tables() {
        return List.of(
                rows("select cooperative_id, commune_id, sector, women_led, youth_led, newly_created, created_year, "
                        + "active, members_women, members_men, first_reached_year, first_certified_year, "
                        + "funded_year, keeps_register, in_order from insights_cooperative order by cooperative_id"),
                rows("select * from insights_fact order by commune_id, sector, women_led, youth_led, fact_year"),
                rows("select * from insights_commune_year order by commune_id, fact_year"),
                rows("select * from insights_commune_milestone order by commune_id, milestone_year"));
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).query((rs, n) -> {
            var row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                Object value = rs.getObject(c);
                row.append(c > 1 ? "|" : "").append(value instanceof BigDecimal d ? d.stripTrailingZeros() : value);
            }
            return row.toString();
        }).list();
    }

    /** A woman under 25 of this cooperative seated in the session, as enrolment records her. */
    private long participant(long session, long cooperative, String phone) {
        return transactions.execute(status -> {
            long id = modules.seat(session, cooperative, phone, false);
            events.publishEvent(new Audited("test", "enrol", "session", String.valueOf(session), ""));
            return id;
        });
    }

    private long order(long cooperative) {
        return modules.order(products, orders, coop(cooperative), "زيت التحديث", "120", 1);
    }
}
