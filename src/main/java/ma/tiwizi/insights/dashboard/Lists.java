package ma.tiwizi.insights.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list behind a number of the dashboard: the applications, participants, payments, visits, orders or cooperatives
 * it counts, narrowed by the same filters and period, a page at a time (two queries per page).
 */
@Service
@RequiredArgsConstructor
public class Lists {

    public static final int PAGE_SIZE = 50;

    private static final Queries SQL = Queries.of("insights");

    private final JdbcClient jdbc;

    /** One row of a list: who, what, its state, an amount or a count, a day, and where to read more. */
    public record Line(String nameAr, String nameLatin, String reference, String statusKey, BigDecimal amount,
            LocalDate day, String link) {
        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameAr : nameLatin;
        }
    }

    /**
     * Where a list's rows come from: a named query over the views the modules declare for insights
     * ({@link Analytics#VIEWS}), narrowed to the indicator by a named condition, and the prefix of its status keys.
     */
    private record Source(String rows, String condition, String statusKeys) {
    }

    private static final Map<String, Source> SOURCES = new HashMap<>();

    static {
        put("Lists.applications", "funding.status.", "applicationsSubmitted", "amountRequested");
        narrowed("Lists.applications", "Lists.decided", "funding.status.", "approvalRate");
        narrowed("Lists.applications", "Lists.pending", "funding.status.", "applicationsPending");
        narrowed("Lists.applications", "Lists.approved", "funding.status.", "applicationsApproved");
        narrowed("Lists.applications", "Lists.waiting", "funding.status.", "applicationsWaiting");
        narrowed("Lists.applications", "Lists.rejected", "funding.status.", "applicationsRejected");
        put("Lists.approvals", "funding.status.", "amountApproved", "ownContribution");
        put("Lists.payments", "funding.status.", "amountPaid");
        put("Lists.visits", "funding.projectStatus.", "jobsWomen", "jobsMen");
        narrowed("Lists.participants", "Lists.women", "insights.attendance.", "participantsWomen");
        narrowed("Lists.participants", "Lists.men", "insights.attendance.", "participantsMen");
        narrowed("Lists.participants", "Lists.youth", "insights.attendance.", "participantsYouth");
        narrowed("Lists.participants", "Lists.under25", "insights.attendance.", "participantsUnder25");
        narrowed("Lists.participants", "Lists.from25to34", "insights.attendance.", "participants25to34");
        narrowed("Lists.participants", "Lists.from35to49", "insights.attendance.", "participants35to49");
        narrowed("Lists.participants", "Lists.from50", "insights.attendance.", "participants50");
        narrowed("Lists.participants", "Lists.marked", "insights.attendance.", "attendanceRate");
        narrowed("Lists.participants", "Lists.tested", "insights.attendance.", "learningGain");
        put("Lists.reached", "registry.cooperativestatus.", "reached");
        put("Lists.certified", "registry.cooperativestatus.", "certified");
        put("Lists.orders", "market.orderStatus.", "orders", "sales");
        put("Lists.survival", "registry.cooperativestatus.", "survival");
    }

    private static void put(String rows, String statusKeys, String... indicators) {
        narrowed(rows, "Lists.everything", statusKeys, indicators);
    }

    private static void narrowed(String rows, String condition, String statusKeys, String... indicators) {
        for (String indicator : indicators) {
            SOURCES.put(indicator, new Source(rows, condition, statusKeys));
        }
    }

    public static boolean has(String indicator) {
        return SOURCES.containsKey(indicator);
    }

    @Transactional(readOnly = true)
    public PageOf<Line> of(String indicator, Dashboard.Scope scope, int page) {
        var source = SOURCES.get(indicator);
        if (source == null) {
            throw new NotFoundException("list", indicator);
        }
        var params = scope.params();
        String rows = SQL.get(source.rows()).replace("{condition}", SQL.get(source.condition()));
        long total = jdbc.sql(SQL.get("Lists.count").replace("{rows}", rows)).params(params).query(Long.class)
                .single();
        var lines = jdbc.sql(SQL.get("Lists.page").replace("{rows}", rows)).params(params)
                .param("size", PAGE_SIZE).param("off", PageOf.offset(page, PAGE_SIZE))
                .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3),
                        source.statusKeys() + rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
        return new PageOf<>(lines, page, PAGE_SIZE, total);
    }
}
