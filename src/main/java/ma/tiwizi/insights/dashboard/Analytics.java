package ma.tiwizi.insights.dashboard;

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
import ma.tiwizi.registry.RegistryRules;
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
        return jdbc.sql("select built_at from insights_build where id = 1").query(Timestamp.class).optional()
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
        jdbc.sql("select id from insights_build_lock where id = 1 for update").query(Integer.class).single();
        jdbc.sql("delete from insights_commune_year").update();
        jdbc.sql("delete from insights_commune_milestone").update();
        jdbc.sql("delete from insights_fact").update();
        jdbc.sql("delete from insights_cooperative").update();
        jdbc.sql("""
                insert into insights_cooperative (cooperative_id, commune_id, sector, women_led, youth_led,
                    newly_created, created_year, active, members_women, members_men, first_reached_year, first_certified_year,
                    funded_year)
                select c.cooperative_id, c.commune_id, c.sector, c.president_sex = 'F',
                    coalesce(c.president_birth_year > :youngest, false), c.created_on >= :newSince,
                    extract(year from c.created_on),
                    c.status = 'ACTIVE', c.members_women, c.members_men, r.first_year, t.first_year, f.first_year
                from registry_for_insights c
                left join (select cooperative_id, min(extract(year from held_on)) as first_year
                           from training_participation_for_insights where attended = true
                           group by cooperative_id) r on r.cooperative_id = c.cooperative_id
                left join (select cooperative_id, min(extract(year from issued_at)) as first_year
                           from training_certificates_for_insights group by cooperative_id) t
                          on t.cooperative_id = c.cooperative_id
                left join (select cooperative_id, min(extract(year from decided_at)) as first_year
                           from funding_applications_for_insights where status = 'APPROVED' group by cooperative_id) f
                          on f.cooperative_id = c.cooperative_id""").param("youngest", RegistryRules.youngestNotYouthBirthYear(today))
                .param("newSince", RegistryRules.newSince(today)).update();
        standing(today);
        String flows = BRANCHES.entrySet().stream().map(branch -> branch(branch.getKey(), branch.getValue()))
                .collect(Collectors.joining("\nunion all\n"));
        String sums = MEASURES.stream().map(m -> "sum(" + m + ")").collect(Collectors.joining(", "));
        jdbc.sql("insert into insights_fact (commune_id, sector, women_led, youth_led, fact_year, "
                + String.join(", ", MEASURES) + ")\n"
                + "select k.commune_id, k.sector, k.women_led, k.youth_led, x.yr, " + sums + "\n"
                + "from (" + flows + ") x join insights_cooperative k on k.cooperative_id = x.cooperative_id\n"
                + "group by k.commune_id, k.sector, k.women_led, k.youth_led, x.yr").update();
        jdbc.sql("insert into insights_commune_year (commune_id, fact_year, " + String.join(", ", MEASURES) + ")\n"
                + "select commune_id, fact_year, " + sums + " from insights_fact group by commune_id, fact_year")
                .update();
        jdbc.sql("""
                insert into insights_commune_milestone (commune_id, milestone_year, created, created_women_led,
                    created_youth_led, created_newly, members, members_women, reached, certified, funded, funded_active,
                    keeps_register, in_order)
                select commune_id, y, sum(created), sum(women), sum(youth), sum(newly), sum(members), sum(members_women),
                    sum(reached), sum(certified), sum(funded), sum(funded_active), sum(keeps), sum(in_order)
                from (select commune_id, created_year as y, 1 as created,
                          case when women_led then 1 else 0 end as women, case when youth_led then 1 else 0 end as youth,
                          case when newly_created then 1 else 0 end as newly,
                          members_women + members_men as members, members_women, 0 as reached, 0 as certified,
                          0 as funded, 0 as funded_active, case when keeps_register then 1 else 0 end as keeps,
                          case when in_order then 1 else 0 end as in_order from insights_cooperative
                      union all
                      select commune_id, first_reached_year, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0 from insights_cooperative
                      where first_reached_year is not null
                      union all
                      select commune_id, first_certified_year, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0
                      from insights_cooperative where first_certified_year is not null
                      union all
                      select commune_id, funded_year, 0, 0, 0, 0, 0, 0, 0, 0, 1, case when active then 1 else 0 end,
                          0, 0
                      from insights_cooperative where funded_year is not null) m
                group by commune_id, y""").update();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (jdbc.sql("update insights_build set built_at = :now, duration_ms = :ms where id = 1")
                .param("now", Timestamp.from(clock.instant())).param("ms", millis).update() == 0) {
            jdbc.sql("insert into insights_build (id, built_at, duration_ms) values (1, :now, :ms)")
                    .param("now", Timestamp.from(clock.instant())).param("ms", millis).update();
        }
        stale.set(false);
        builtOn = today;
        log.info("Analytics tables rebuilt in {} ms", millis);
        return millis;
    }

    /**
     * Each cooperative's standing under law 112-12 for the financial year closed last, as the committee's compliance
     * view reads it: it keeps its member register here, held its annual ordinary assembly with its quorum within the
     * law's six months, and filed its accounts with the court clerk. The law's days come from its rule kernel.
     */
    private void standing(LocalDate today) {
        LocalDate yearEnd = LegalCalendar.lastClosedYearEnd(today);
        jdbc.sql("""
                update insights_cooperative set keeps_register = exists (select 1 from administration_register_for_insights r
                    where r.cooperative_id = insights_cooperative.cooperative_id and r.members > 0)""").update();
        jdbc.sql("""
                update insights_cooperative set in_order = keeps_register
                    and exists (select 1 from administration_assemblies_for_insights a
                        where a.cooperative_id = insights_cooperative.cooperative_id and a.kind = 'ORDINARY'
                            and a.quorum_reached = true and a.held_on > :end and a.held_on <= :by
                            and a.held_on <= :today)
                    and exists (select 1 from administration_duties_for_insights d
                        where d.cooperative_id = insights_cooperative.cooperative_id and d.year_end = :end
                            and d.duty = 'FILING_WITH_CLERK')""")
                .param("end", yearEnd).param("by", LegalCalendar.annualAssemblyBy(yearEnd)).param("today", today)
                .update();
    }

    /**
     * Each flow: a query giving {@code cooperative_id}, {@code year} and some of the measures (the others are zero),
     * already grouped by cooperative and year.
     */
    private static final Map<String, String> BRANCHES = new LinkedHashMap<>();

    static {
        BRANCHES.put("""
                select cooperative_id, extract(year from created_on) as yr, 1 as cooperatives_new
                from registry_for_insights""", "cooperatives_new");
        BRANCHES.put("""
                select cooperative_id, extract(year from held_on) as yr,
                    count(distinct case when sex = 'F' then phone end) as participants_f,
                    count(distinct case when sex = 'M' then phone end) as participants_m,
                    count(distinct case when age_band = 'UNDER_25' then phone end) as participants_under_25,
                    count(distinct case when age_band = 'FROM_25_TO_34' then phone end) as participants_25_34,
                    count(distinct case when age_band = 'FROM_35_TO_49' then phone end) as participants_35_49,
                    count(distinct case when age_band = 'FROM_50' then phone end) as participants_50,
                    count(attended) as attendance_marked,
                    sum(case when attended = true then 1 else 0 end) as attendance_present
                from training_participation_for_insights
                where status = 'SEATED'
                group by cooperative_id, extract(year from held_on)""",
                "participants_f participants_m participants_under_25 participants_25_34 participants_35_49 "
                        + "participants_50 attendance_marked attendance_present");
        BRANCHES.put("""
                select cooperative_id, extract(year from held_on) as yr, count(*) as learning_pairs,
                    sum(post_percent - pre_percent) as learning_gain_sum
                from training_learning_for_insights
                group by cooperative_id, extract(year from held_on)""", "learning_pairs learning_gain_sum");
        BRANCHES.put("""
                select cooperative_id, extract(year from submitted_at) as yr, count(*) as applications_submitted,
                    sum(case when status in ('SUBMITTED', 'RETURNED', 'COMPLETE') then 1 else 0 end)
                        as applications_pending,
                    sum(case when status = 'APPROVED' then 1 else 0 end) as applications_approved,
                    sum(case when status = 'WAITING_LIST' then 1 else 0 end) as applications_waiting,
                    sum(case when status = 'REJECTED' then 1 else 0 end) as applications_rejected,
                    coalesce(sum(public_requested), 0) as amount_requested
                from funding_applications_for_insights where submitted_at is not null
                group by cooperative_id, extract(year from submitted_at)""",
                "applications_submitted applications_pending applications_approved applications_waiting "
                        + "applications_rejected amount_requested");
        BRANCHES.put("""
                select cooperative_id, extract(year from decided_at) as yr,
                    coalesce(sum(decision_amount), 0) as amount_approved,
                    coalesce(sum(coalesce(own_cash, 0) + coalesce(own_in_kind, 0)), 0) as own_contribution
                from funding_applications_for_insights where status = 'APPROVED' and decided_at is not null
                group by cooperative_id, extract(year from decided_at)""", "amount_approved own_contribution");
        BRANCHES.put("""
                select cooperative_id, extract(year from released_on) as yr, sum(amount) as amount_paid
                from funding_tranches_for_insights
                where released_on is not null
                group by cooperative_id, extract(year from released_on)""", "amount_paid");
        BRANCHES.put("""
                select cooperative_id, yr, sum(women) as jobs_women, sum(men) as jobs_men
                from (select cooperative_id, extract(year from max(visited_on)) as yr,
                          max(jobs_women) as women, max(jobs_men) as men
                      from funding_visits_for_insights
                      group by application_id, cooperative_id) j
                group by cooperative_id, yr""", "jobs_women jobs_men");
        BRANCHES.put("""
                select cooperative_id, extract(year from placed_at) as yr, count(*) as orders, sum(total) as sales
                from market_orders_for_insights where status <> 'CANCELLED'
                group by cooperative_id, extract(year from placed_at)""", "orders sales");
    }

    /** Wraps a flow so that it yields every measure: its own, and zero for the rest. */
    private static String branch(String query, String measures) {
        var own = List.of(measures.split(" "));
        String columns = MEASURES.stream().map(m -> own.contains(m) ? "b." + m : "0 as " + m)
                .collect(Collectors.joining(", "));
        return "select b.cooperative_id, cast(b.yr as integer) as yr, " + columns + " from (" + query + ") b";
    }
}
