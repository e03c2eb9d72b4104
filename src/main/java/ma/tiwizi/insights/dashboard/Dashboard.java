package ma.tiwizi.insights.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.territory.Commune;
import ma.tiwizi.territory.CommuneDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's indicators for a filter, read only from the analytics tables: three queries whatever the size of
 * the data (flows by commune, flows by year, cooperative milestones by commune); the totals are sums of the rows.
 */
@AdminOnly
@Service
public class Dashboard {

    private static final Queries SQL = Queries.of("insights");

    /** Survival looks at cooperatives funded at least this many years before the end of the period. */
    public static final int SURVIVAL_YEARS = 3;

    private final JdbcClient jdbc;
    private final CommuneDirectory communes;
    private final Clock clock;
    private final boolean remember;
    private final Map<Scope, View> remembered = new ConcurrentHashMap<>();
    private volatile Instant rememberedBuild;

    Dashboard(JdbcClient jdbc, CommuneDirectory communes, Clock clock,
            @Value("${tiwizi.insights.remember-views:true}")
            boolean remember) {
        this.remember = remember;
        this.jdbc = jdbc;
        this.communes = communes;
        this.clock = clock;
    }

    /** A filter checked and resolved: the years, and the communes it covers (null for all). */
    public record Scope(int fromYear, int toYear, List<Long> communeIds, Sector sector, Boolean womenLed,
            Boolean youthLed, DashboardFilter typed) {

        /**
         * The parameters of the place, sector and leadership conditions the dashboard's queries share (each filter
         * left empty lets everything through), and of the period.
         */
        Map<String, Object> params() {
            var params = new HashMap<String, Object>();
            params.put("everyCommune", communeIds == null);
            params.put("communes", communeIds == null || communeIds.isEmpty() ? List.of(-1L) : communeIds);
            params.put("sector", sector == null ? "" : sector.name());
            params.put("anyWomen", womenLed == null);
            params.put("women", Boolean.TRUE.equals(womenLed));
            params.put("anyYouth", youthLed == null);
            params.put("youth", Boolean.TRUE.equals(youthLed));
            params.put("from", fromYear);
            params.put("to", toYear);
            params.put("fundedBy", toYear - SURVIVAL_YEARS);
            return params;
        }

        /** Whether only places are asked for: the tables summed by commune answer, without the finer ones. */
        boolean rolledUp() {
            return sector == null && womenLed == null && youthLed == null;
        }
    }

    /** The filter as the dashboard applies it, or a refusal the user reads in their language. */
    public Scope scope(DashboardFilter filter) {
        int thisYear = LocalDate.now(clock.withZone(Morocco.ZONE)).getYear();
        int to = filter.toYear() == null ? thisYear : filter.toYear();
        int from = filter.fromYear() == null ? to - 4 : filter.fromYear();
        if (from < 1990 || to > thisYear + 1 || from > to) {
            throw new InsightsRefused("insights.error.years", "fromYear", 1990, thisYear + 1);
        }
        List<Long> ids = null;
        if (filter.commune() != null) {
            if (communes.find(filter.commune()).isEmpty()) {
                throw new InsightsRefused("insights.error.commune", "commune");
            }
            ids = List.of(filter.commune());
        } else if (notBlank(filter.cercle())) {
            ids = communes.idsInCercle(filter.cercle().strip());
        } else if (notBlank(filter.province())) {
            ids = communes.all().stream().filter(c -> filter.province().strip().equals(c.province()))
                    .map(Commune::id).toList();
        } else if (notBlank(filter.region())) {
            ids = communes.all().stream().filter(c -> filter.region().strip().equals(c.region()))
                    .map(Commune::id).toList();
        }
        if (ids != null && ids.isEmpty()) {
            throw new InsightsRefused("insights.error.place", "commune");
        }
        Sector sector = null;
        if (notBlank(filter.sector())) {
            try {
                sector = Sector.valueOf(filter.sector().strip());
            } catch (IllegalArgumentException e) {
                throw new InsightsRefused("insights.error.sector", "sector");
            }
        }
        return new Scope(from, to, ids, sector, filter.womenLed(), filter.youthLed(), filter);
    }

    /** Sums of the year's flows. */
    public record Flows(Map<String, BigDecimal> sums) {
        public BigDecimal get(String measure) {
            return sums.getOrDefault(measure, BigDecimal.ZERO);
        }

        public long count(String measure) {
            return get(measure).longValue();
        }

        /** The sums of all these flows, measure by measure. */
        static Flows total(List<Flows> all) {
            var sum = new HashMap<String, BigDecimal>();
            all.forEach(flows -> flows.sums().forEach((measure, value) -> sum.merge(measure, value, BigDecimal::add)));
            return new Flows(sum);
        }
    }

    /**
     * Milestones of cooperatives, and their standing under law 112-12 for the year closed last: how many keep their
     * member register here, and how many are in order (register, annual assembly with quorum in time, filing).
     */
    public record Cooperatives(long registered, long created, long womenLed, long youthLed, long newlyCreated,
            long members, long membersWomen, long reached, long certified, long fundedLongAgo, long fundedLongAgoActive,
            long keepRegister, long inOrder) {

        static final Cooperatives NONE = new Cooperatives(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Cooperatives plus(Cooperatives o) {
            return new Cooperatives(registered + o.registered, created + o.created, womenLed + o.womenLed,
                    youthLed + o.youthLed, newlyCreated + o.newlyCreated, members + o.members,
                    membersWomen + o.membersWomen, reached + o.reached, certified + o.certified,
                    fundedLongAgo + o.fundedLongAgo, fundedLongAgoActive + o.fundedLongAgoActive,
                    keepRegister + o.keepRegister, inOrder + o.inOrder);
        }

        /** The share of the registered cooperatives in order with law 112-12 (null when none is registered). */
        public BigDecimal inOrderShare() {
            return View.percent(inOrder, registered);
        }
    }

    public record Row(long communeId, Cooperatives cooperatives, Flows flows) {
    }

    public record Year(int year, Flows flows) {
    }

    public record View(Scope scope, Cooperatives cooperatives, Flows flows, List<Row> byCommune, List<Year> byYear,
            Instant builtAt) {

        /** Part of whole in percent to one decimal; null when the whole is zero. */
        public static BigDecimal percent(long part, long whole) {
            return whole == 0 ? null
                    : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }

        public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
            return whole.signum() == 0 ? null
                    : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
        }

        public BigDecimal attendanceRate() {
            return percent(flows.count("attendance_present"), flows.count("attendance_marked"));
        }

        /** Average learning gain in percentage points. */
        public BigDecimal learningGain() {
            long pairs = flows.count("learning_pairs");
            return pairs == 0 ? null
                    : flows.get("learning_gain_sum").divide(BigDecimal.valueOf(pairs), 1, RoundingMode.HALF_UP);
        }

        public BigDecimal approvalRate() {
            long decided = flows.count("applications_approved") + flows.count("applications_waiting")
                    + flows.count("applications_rejected");
            return percent(flows.count("applications_approved"), decided);
        }

        public BigDecimal survival() {
            return percent(cooperatives.fundedLongAgoActive(), cooperatives.fundedLongAgo());
        }
    }

    @Transactional(readOnly = true)
    public View view(DashboardFilter filter) {
        return view(scope(filter));
    }

    /**
     * The figures only change when the analytics tables are rebuilt, so a view is remembered until the next build
     * (at most 500 filters at once): one small query then tells whether it still holds.
     */
    View view(Scope scope) {
        if (!remember) {
            return compute(scope);
        }
        var built = jdbc.sql(SQL.get("Analytics.builtAt")).query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(null);
        if (built == null || !built.equals(rememberedBuild)) {
            remembered.clear();
            rememberedBuild = built;
        }
        var view = remembered.get(scope);
        if (view == null) {
            view = compute(scope);
            if (remembered.size() >= 500) {
                remembered.clear();
            }
            remembered.put(scope, view);
        }
        return view;
    }

    private View compute(Scope scope) {
        var params = scope.params();
        String sums = String.join(", ", Analytics.MEASURES.stream().map(m -> "coalesce(sum(" + m + "), 0) as " + m)
                .toList());
        boolean rolledUp = scope.rolledUp();
        var byYearFlows = new LinkedHashMap<Integer, Flows>();
        jdbc.sql(SQL.get(rolledUp ? "Dashboard.communeYears.byYear" : "Dashboard.facts.byYear")
                        .replace("{sums}", sums)).params(params)
                .query((rs, n) -> Map.entry(rs.getInt("fact_year"), flows(rs))).list()
                .forEach(e -> byYearFlows.put(e.getKey(), e.getValue()));
        var byYear = new ArrayList<Year>();
        for (int y = scope.fromYear(); y <= scope.toYear(); y++) {
            byYear.add(new Year(y, byYearFlows.getOrDefault(y, new Flows(Map.of()))));
        }
        var flowsByCommune = new HashMap<Long, Flows>();
        jdbc.sql(SQL.get(rolledUp ? "Dashboard.communeYears.byCommune" : "Dashboard.facts.byCommune")
                        .replace("{sums}", sums)).params(params)
                .query((rs, n) -> Map.entry(rs.getLong("commune_id"), flows(rs))).list()
                .forEach(e -> flowsByCommune.put(e.getKey(), e.getValue()));
        var rows = new ArrayList<Row>();
        jdbc.sql(SQL.get(rolledUp ? "Dashboard.communeMilestones" : "Dashboard.cooperatives"))
                .params(params).query((rs, n) -> new Row(rs.getLong("commune_id"), cooperatives(rs),
                        flowsByCommune.getOrDefault(rs.getLong("commune_id"), new Flows(Map.of()))))
                .list().forEach(rows::add);
        var listed = new HashSet<Long>();
        rows.forEach(r -> listed.add(r.communeId()));
        flowsByCommune.forEach((commune, flows) -> {
            if (!listed.contains(commune)) {
                rows.add(new Row(commune, Cooperatives.NONE, flows));
            }
        });
        rows.sort((a, b) -> Long.compare(b.cooperatives().registered(), a.cooperatives().registered()));
        // the totals are the sums of the communes' rows: no second pass over the tables
        var cooperatives = rows.stream().map(Row::cooperatives).reduce(Cooperatives.NONE, Cooperatives::plus);
        var total = Flows.total(rows.stream().map(Row::flows).toList());
        var built = jdbc.sql(SQL.get("Analytics.builtAt")).query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(null);
        return new View(scope, cooperatives, total, rows, byYear, built);
    }

    private static Flows flows(ResultSet rs) throws SQLException {
        var sums = new HashMap<String, BigDecimal>();
        for (String measure : Analytics.MEASURES) {
            sums.put(measure, rs.getBigDecimal(measure));
        }
        return new Flows(sums);
    }

    private static Cooperatives cooperatives(ResultSet rs) throws SQLException {
        return new Cooperatives(rs.getLong("registered"), rs.getLong("created"), rs.getLong("women_led_count"),
                rs.getLong("youth_led_count"), rs.getLong("newly_created"), rs.getLong("members"),
                rs.getLong("members_women_sum"), rs.getLong("reached"), rs.getLong("certified"),
                rs.getLong("funded_long_ago"), rs.getLong("funded_long_ago_active"), rs.getLong("keep_register"),
                rs.getLong("in_order"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
