package ma.tiwizi.insights.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.rules.LegalCalendar;
import ma.tiwizi.market.OrderPlaced;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.registry.RegistryRules;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Builds the analytics tables from the modules' tables in one transaction (readers keep the previous figures until it
 * commits). Any audited change marks them out of date; a scheduled job rebuilds them at most once a minute, and ADMIN
 * can rebuild them at once. Every indicator's definition is in one SQL statement here, as in DHIS2's analytics
 * export; what it reads of the other modules is only the views they declare for it in their own migrations
 * ({@link #VIEWS}), so a module changes its tables freely and keeps its view whole (a test compares the two).
 */
@Service
@RequiredArgsConstructor
public class Analytics {

    private static final Queries SQL = Queries.of("insights");

    private static final Logger log = LoggerFactory.getLogger(Analytics.class);

    /** The views the modules declare for the dashboards, with the columns read here: nothing else of theirs is read. */
    static final Map<String, List<String>> VIEWS = Map.ofEntries(
            Map.entry("registry_for_insights", List.of("cooperative_id", "name_ar", "name_latin",
                    "registration_number", "commune_id", "sector", "president_sex", "president_birth_year",
                    "created_on", "status", "members_women", "members_men")),
            Map.entry("training_participation_for_insights", List.of("participant_id", "session_id", "cooperative_id",
                    "held_on", "status", "full_name", "sex", "age_band", "phone", "attended")),
            Map.entry("training_learning_for_insights", List.of("participant_id", "cooperative_id", "held_on",
                    "pre_percent", "post_percent")),
            Map.entry("training_certificates_for_insights", List.of("cooperative_id", "issued_at")),
            Map.entry("funding_applications_for_insights", List.of("application_id", "cooperative_id", "reference",
                    "status", "submitted_at", "decided_at", "public_requested", "decision_amount", "own_cash",
                    "own_in_kind")),
            Map.entry("funding_tranches_for_insights", List.of("application_id", "cooperative_id", "released_on",
                    "amount")),
            Map.entry("funding_visits_for_insights", List.of("application_id", "cooperative_id", "visited_on",
                    "project_status", "jobs_women", "jobs_men")),
            Map.entry("market_orders_for_insights", List.of("cooperative_id", "reference", "placed_at", "status",
                    "total")),
            Map.entry("administration_register_for_insights", List.of("cooperative_id", "members")),
            Map.entry("administration_assemblies_for_insights", List.of("cooperative_id", "kind", "held_on",
                    "quorum_reached")),
            Map.entry("administration_duties_for_insights", List.of("cooperative_id", "year_end", "duty", "done_on")));

    /** The measures of {@code insights_fact}, in table order. */
    static final List<String> MEASURES = List.of("cooperatives_new", "participants_f", "participants_m",
            "participants_under_25", "participants_25_34", "participants_35_49", "participants_50",
            "attendance_marked", "attendance_present", "learning_pairs", "learning_gain_sum",
            "applications_submitted", "applications_pending", "applications_approved", "applications_waiting",
            "applications_rejected", "amount_requested", "amount_approved", "own_contribution", "amount_paid",
            "jobs_women", "jobs_men", "orders", "sales");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionOperations transactions;
    private final MeterRegistry meters;
    private final AtomicBoolean stale = new AtomicBoolean(true);
    /** The day of the last build: youth-led and newly created depend on today, so a new day is a change. */
    private volatile LocalDate builtOn;

    /** Something changed somewhere: the figures are out of date until the next build. */
    @EventListener
    void on(Audited change) {
        stale.set(true);
    }

    @EventListener
    void on(OrderPlaced order) {
        stale.set(true);
    }

    @SchedulerLock(name = "Analytics.refreshIfStale")
    @Scheduled(fixedDelayString = "${tiwizi.insights.refresh-every:PT1M}",
            initialDelayString = "${tiwizi.insights.refresh-after-start:PT20S}")
    void refreshIfStale() {
        if (stale.getAndSet(false) | !LocalDate.now(clock.withZone(Morocco.ZONE)).equals(builtOn)) {
            try {
                rebuild();
            } catch (RuntimeException e) {
                stale.set(true);
                log.warn("Analytics tables could not be rebuilt; will try again", e);
            }
        }
    }

    /** Whether a change has not reached the figures yet (or the last build failed). */
    boolean outOfDate() {
        return stale.get();
    }

    public Optional<Instant> builtAt() {
        return jdbc.sql(SQL.get("Analytics.builtAt")).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Rebuilds both analytics tables from scratch in one transaction; returns how long it took. The transaction is
     * opened here rather than by an annotation because the scheduler calls this from inside the class.
     */
    public long rebuild() {
        Long took = transactions.execute(status -> build());
        return took;
    }

    private long build() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(Morocco.ZONE));
        // one build at a time, across threads and servers: the second waits for the first to commit, then rebuilds
        jdbc.sql(SQL.get("Analytics.lockBuild")).query(Integer.class).single();
        jdbc.sql(SQL.get("Analytics.clearCommuneYears")).update();
        jdbc.sql(SQL.get("Analytics.clearCommuneMilestones")).update();
        jdbc.sql(SQL.get("Analytics.clearFacts")).update();
        jdbc.sql(SQL.get("Analytics.clearCooperatives")).update();
        jdbc.sql(SQL.get("Analytics.cooperatives"))
                .param("youngest", RegistryRules.youngestNotYouthBirthYear(today))
                .param("newSince", RegistryRules.newSince(today)).update();
        standing(today);
        String flows = FLOWS.entrySet().stream().map(flow -> flow(flow.getKey(), flow.getValue()))
                .collect(Collectors.joining("\nunion all\n"));
        String measures = String.join(", ", MEASURES);
        String sums = MEASURES.stream().map(m -> "sum(" + m + ")").collect(Collectors.joining(", "));
        jdbc.sql(SQL.get("Analytics.facts").replace("{measures}", measures).replace("{sums}", sums)
                .replace("{flows}", flows)).update();
        jdbc.sql(SQL.get("Analytics.communeYears").replace("{measures}", measures).replace("{sums}", sums))
                .update();
        jdbc.sql(SQL.get("Analytics.communeMilestones")).update();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (jdbc.sql(SQL.get("Analytics.markBuilt"))
                .param("now", Timestamp.from(clock.instant())).param("ms", millis).update() == 0) {
            jdbc.sql(SQL.get("Analytics.firstBuild"))
                    .param("now", Timestamp.from(clock.instant())).param("ms", millis).update();
        }
        stale.set(false);
        builtOn = today;
        log.info("Analytics tables rebuilt in {} ms", millis);
        meters.timer("tiwizi.analytics.rebuild").record(java.time.Duration.ofMillis(millis));
        return millis;
    }

    /**
     * Each cooperative's standing under law 112-12 for the financial year closed last, as the committee's compliance
     * view reads it: it keeps its member register here, held its annual ordinary assembly with its quorum within the
     * law's six months, and filed its accounts with the court clerk. The law's days come from its rule kernel.
     */
    private void standing(LocalDate today) {
        LocalDate yearEnd = LegalCalendar.lastClosedYearEnd(today);
        jdbc.sql(SQL.get("Analytics.keepsRegister")).update();
        jdbc.sql(SQL.get("Analytics.inOrder"))
                .param("end", yearEnd).param("by", LegalCalendar.annualAssemblyBy(yearEnd)).param("today", today)
                .update();
    }

    /** Each flow's named query, with the measures it gives (the others are zero for it). */
    private static final Map<String, String> FLOWS = new LinkedHashMap<>();

    static {
        FLOWS.put("Analytics.flow.cooperatives", "cooperatives_new");
        FLOWS.put("Analytics.flow.participation", "participants_f participants_m participants_under_25 "
                + "participants_25_34 participants_35_49 participants_50 attendance_marked attendance_present");
        FLOWS.put("Analytics.flow.learning", "learning_pairs learning_gain_sum");
        FLOWS.put("Analytics.flow.applications", "applications_submitted applications_pending "
                + "applications_approved applications_waiting applications_rejected amount_requested");
        FLOWS.put("Analytics.flow.decisions", "amount_approved own_contribution");
        FLOWS.put("Analytics.flow.payments", "amount_paid");
        FLOWS.put("Analytics.flow.jobs", "jobs_women jobs_men");
        FLOWS.put("Analytics.flow.orders", "orders sales");
    }

    /** Wraps a flow so that it yields every measure: its own, and zero for the rest. */
    private static String flow(String name, String measures) {
        var own = List.of(measures.split(" "));
        String columns = MEASURES.stream().map(m -> own.contains(m) ? "b." + m : "0 as " + m)
                .collect(Collectors.joining(", "));
        return SQL.get("Analytics.flow").replace("{measures}", columns).replace("{flow}", SQL.get(name));
    }
}
