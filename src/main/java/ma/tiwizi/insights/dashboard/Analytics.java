package ma.tiwizi.insights.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Builds the analytics tables from the modules' tables in one transaction (readers keep the previous figures until it
 * commits). An audited change names the cooperatives it touched; a scheduled job, every ten seconds, rewrites only
 * the communes they are in, and reads everything again at start, on a new day and after a change of unknown reach;
 * ADMIN can rebuild them at once. Every indicator's definition is in one SQL statement here, as in DHIS2's analytics
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
                    "total", "order_id")),
            Map.entry("administration_register_for_insights", List.of("cooperative_id", "members")),
            Map.entry("administration_assemblies_for_insights", List.of("cooperative_id", "kind", "held_on",
                    "quorum_reached", "assembly_id")),
            Map.entry("administration_members_for_insights", List.of("member_id", "cooperative_id")),
            Map.entry("training_invitations_for_insights", List.of("session_id", "cooperative_id")),
            Map.entry("administration_duties_for_insights", List.of("cooperative_id", "year_end", "duty", "done_on")));

    /** The measures of {@code insights_fact}, in table order. */
    static final List<String> MEASURES = List.of("cooperatives_new", "participants_f", "participants_m",
            "participants_under_25", "participants_25_34", "participants_35_49", "participants_50",
            "attendance_marked", "attendance_present", "learning_pairs", "learning_gain_sum",
            "applications_submitted", "applications_pending", "applications_approved", "applications_waiting",
            "applications_rejected", "amount_requested", "amount_approved", "own_contribution", "amount_paid",
            "jobs_women", "jobs_men", "orders", "sales");

    /** Audited entities whose id is the cooperative's own. */
    static final Set<String> COOPERATIVE_ENTITIES = Set.of("cooperative", "duty");

    /** Audited entities the dashboards read, each with the statement that names the cooperatives behind one. */
    static final Map<String, String> TOUCHES = Map.of(
            "application", "Analytics.changed.application",
            "participant", "Analytics.changed.participant",
            "certificate", "Analytics.changed.participant",
            "session", "Analytics.changed.session",
            "order", "Analytics.changed.order",
            "member", "Analytics.changed.member",
            "assembly", "Analytics.changed.assembly");

    /** Audited entities no view of {@link #VIEWS} shows: changing them changes no figure. */
    static final Set<String> UNREAD = Set.of("account", "signup", "api-token", "review", "call", "product", "label",
            "question", "programme", "module", "diagnostic", "business-plan", "bizplan-thresholds");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionOperations transactions;
    private final MeterRegistry meters;
    /** Whether the next build must read everything: at start, after a failed build, for a change of unknown reach. */
    private final AtomicBoolean stale = new AtomicBoolean(true);
    /** The cooperatives changed since the last build, whose communes the next refresh rewrites. */
    private final Set<Long> touched = ConcurrentHashMap.newKeySet();
    /** The day of the last build: youth-led and newly created depend on today, so a new day is a change. */
    private volatile LocalDate builtOn;

    /**
     * Something changed: the cooperatives it touched are read now, inside the change's own transaction (a withdrawn
     * participant's session still names her cooperative), and wait for the next refresh once the change commits.
     */
    @EventListener
    void on(Audited change) {
        String type = change.entityType();
        if (UNREAD.contains(type) || "import".equals(change.action())) {
            return; // an import's cooperatives each announced their own creation
        }
        long id;
        try {
            id = Long.parseLong(change.entityId());
        } catch (NumberFormatException notAnId) {
            stale.set(true);
            return;
        }
        if (COOPERATIVE_ENTITIES.contains(type)) {
            touch(List.of(id));
        } else if (TOUCHES.containsKey(type)) {
            touch(jdbc.sql(SQL.get(TOUCHES.get(type))).param("id", id).query(Long.class).list());
        } else {
            stale.set(true); // a change this class does not know the reach of: read everything again
        }
    }

    @EventListener
    void on(OrderPlaced order) {
        touch(List.of(order.cooperativeId()));
    }

    private void touch(List<Long> cooperatives) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    touched.addAll(cooperatives);
                }
            });
        } else {
            touched.addAll(cooperatives);
        }
    }

    /**
     * Brings the figures up to date: everything is read again at start, on a new day, and after a change whose reach
     * is unknown; otherwise only the communes of the cooperatives changed since the last build are rewritten.
     */
    @SchedulerLock(name = "Analytics.refreshIfStale")
    @Scheduled(fixedDelayString = "${tiwizi.insights.refresh-every:PT10S}",
            initialDelayString = "${tiwizi.insights.refresh-after-start:PT20S}")
    void refreshIfStale() {
        boolean newDay = !LocalDate.now(clock.withZone(Morocco.ZONE)).equals(builtOn);
        try {
            if (stale.getAndSet(false) | newDay) {
                rebuild();
            } else if (!touched.isEmpty()) {
                var cooperatives = Set.copyOf(touched);
                touched.removeAll(cooperatives);
                try {
                    refresh(cooperatives);
                } catch (RuntimeException e) {
                    touched.addAll(cooperatives);
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            stale.set(true);
            log.warn("Analytics tables could not be brought up to date; will try again", e);
        }
    }

    /** Whether a change has not reached the figures yet (or the last build failed). */
    boolean outOfDate() {
        return stale.get() || !touched.isEmpty();
    }

    public Optional<Instant> builtAt() {
        return jdbc.sql(SQL.get("Analytics.builtAt")).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Rebuilds the analytics tables from scratch in one transaction; returns how long it took. The transaction is
     * opened here rather than by an annotation because the scheduler calls this from inside the class.
     */
    public long rebuild() {
        touched.clear(); // what changes from here on is kept for the next refresh
        stale.set(false);
        Long took;
        try {
            took = transactions.execute(status -> rebuilt());
        } catch (RuntimeException e) {
            stale.set(true);
            throw e;
        }
        return took;
    }

    private long rebuilt() {
        long started = System.nanoTime();
        build(Scope.EVERYTHING);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (jdbc.sql(SQL.get("Analytics.markBuilt"))
                .param("now", Timestamp.from(clock.instant())).param("ms", millis).update() == 0) {
            jdbc.sql(SQL.get("Analytics.firstBuild"))
                    .param("now", Timestamp.from(clock.instant())).param("ms", millis).update();
        }
        builtOn = LocalDate.now(clock.withZone(Morocco.ZONE));
        log.info("Analytics tables rebuilt in {} ms", millis);
        meters.timer("tiwizi.analytics.rebuild").record(Duration.ofMillis(millis));
        return millis;
    }

    /**
     * Rewrites the figures of the communes these cooperatives are in (and were in, if one moved) from the modules'
     * views, in one transaction; every other row stays. Returns how long it took.
     */
    long refresh(Collection<Long> cooperatives) {
        Long took = transactions.execute(status -> refreshed(List.copyOf(cooperatives)));
        return took;
    }

    private long refreshed(List<Long> cooperatives) {
        long started = System.nanoTime();
        jdbc.sql(SQL.get("Analytics.lockBuild")).query(Integer.class).single();
        Set<Long> communes = new HashSet<>(communesOf(cooperatives));
        cooperatives(new Scope(false, cooperatives, List.of(NONE)));
        communes.addAll(communesOf(cooperatives));
        if (!communes.isEmpty()) {
            var rewritten = List.copyOf(communes);
            var inThem = jdbc.sql(SQL.get("Analytics.cooperativesIn")).param("communes", rewritten)
                    .query(Long.class).list();
            figures(new Scope(false, inThem.isEmpty() ? List.of(NONE) : inThem, rewritten));
        }
        jdbc.sql(SQL.get("Analytics.markRefreshed")).param("now", Timestamp.from(clock.instant())).update();
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Analytics tables refreshed for {} cooperatives in {} communes in {} ms", cooperatives.size(),
                communes.size(), millis);
        meters.timer("tiwizi.analytics.refresh").record(Duration.ofMillis(millis));
        return millis;
    }

    /** No cooperative or commune has this id: it keeps an {@code in (...)} list from being empty. */
    private static final long NONE = -1;

    /** What a build reads: everything, or these cooperatives and the rows of these communes. */
    private record Scope(boolean all, List<Long> ids, List<Long> communes) {
        static final Scope EVERYTHING = new Scope(true, List.of(NONE), List.of(NONE));
    }

    private List<Long> communesOf(List<Long> cooperatives) {
        return jdbc.sql(SQL.get("Analytics.communesOf")).param("ids", cooperatives).query(Long.class).list();
    }

    private void build(Scope scope) {
        // one build at a time, across threads and servers: the second waits for the first to commit, then rebuilds
        jdbc.sql(SQL.get("Analytics.lockBuild")).query(Integer.class).single();
        cooperatives(scope);
        figures(scope);
    }

    /** Each cooperative's dimensions and milestones. */
    private void cooperatives(Scope scope) {
        LocalDate today = LocalDate.now(clock.withZone(Morocco.ZONE));
        scoped(scope, SQL.get("Analytics.clearCooperatives")).update();
        scoped(scope, SQL.get("Analytics.cooperatives"))
                .param("youngest", RegistryRules.youngestNotYouthBirthYear(today))
                .param("newSince", RegistryRules.newSince(today)).update();
        standing(scope, today);
    }

    /** The facts, commune years and commune milestones of the scope's communes, from its cooperatives. */
    private void figures(Scope scope) {
        scoped(scope, SQL.get("Analytics.clearCommuneYears")).update();
        scoped(scope, SQL.get("Analytics.clearCommuneMilestones")).update();
        scoped(scope, SQL.get("Analytics.clearFacts")).update();
        String flows = FLOWS.entrySet().stream().map(flow -> flow(flow.getKey(), flow.getValue()))
                .collect(Collectors.joining("\nunion all\n"));
        String measures = String.join(", ", MEASURES);
        String sums = MEASURES.stream().map(m -> "sum(" + m + ")").collect(Collectors.joining(", "));
        scoped(scope, SQL.get("Analytics.facts").replace("{measures}", measures).replace("{sums}", sums)
                .replace("{flows}", flows)).update();
        scoped(scope, SQL.get("Analytics.communeYears").replace("{measures}", measures).replace("{sums}", sums))
                .update();
        scoped(scope, SQL.get("Analytics.communeMilestones")).update();
    }

    /** A statement with the scope's parameters, those of them it names. */
    private JdbcClient.StatementSpec scoped(Scope scope, String sql) {
        var statement = jdbc.sql(sql).param("all", scope.all());
        if (sql.contains(":ids")) {
            statement = statement.param("ids", scope.ids());
        }
        if (sql.contains(":communes")) {
            statement = statement.param("communes", scope.communes());
        }
        return statement;
    }

    /**
     * Each cooperative's standing under law 112-12 for the financial year closed last, as the committee's compliance
     * view reads it: it keeps its member register here, held its annual ordinary assembly with its quorum within the
     * law's six months, and filed its accounts with the court clerk. The law's days come from its rule kernel.
     */
    private void standing(Scope scope, LocalDate today) {
        LocalDate yearEnd = LegalCalendar.lastClosedYearEnd(today);
        scoped(scope, SQL.get("Analytics.keepsRegister")).update();
        scoped(scope, SQL.get("Analytics.inOrder"))
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
