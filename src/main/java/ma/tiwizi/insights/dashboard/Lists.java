package ma.tiwizi.insights.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
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

    private final JdbcClient jdbc;

    /** One row of a list: who, what, its state, an amount or a count, a day, and where to read more. */
    public record Line(String nameAr, String nameLatin, String reference, String statusKey, BigDecimal amount,
            LocalDate day, String link) {
        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameAr : nameLatin;
        }
    }

    /**
     * Where a list's rows come from: SQL pieces over the views the modules declare for insights
     * ({@link Analytics#VIEWS}), joined to the cooperatives' dimensions.
     */
    private record Source(String from, String year, String where, String reference, String status, String amount,
            String day, String link, String statusKeys) {
    }

    private static final String APPLICATIONS = "funding_applications_for_insights a join insights_cooperative k "
            + "on k.cooperative_id = a.cooperative_id join registry_for_insights c "
            + "on c.cooperative_id = a.cooperative_id";
    private static final String PARTICIPANTS = "training_participation_for_insights p join insights_cooperative k "
            + "on k.cooperative_id = p.cooperative_id join registry_for_insights c "
            + "on c.cooperative_id = p.cooperative_id";
    private static final String COOPERATIVES = "insights_cooperative k join registry_for_insights c "
            + "on c.cooperative_id = k.cooperative_id";

    private static final Map<String, Source> SOURCES = new HashMap<>();

    static {
        var application = new Source(APPLICATIONS, "extract(year from a.submitted_at)", "a.submitted_at is not null",
                "a.reference", "a.status", "coalesce(a.decision_amount, a.public_requested)",
                "cast(a.submitted_at as date)", "'/applications/' || a.application_id", "funding.status.");
        SOURCES.put("applicationsSubmitted", application);
        SOURCES.put("amountRequested", application);
        SOURCES.put("approvalRate", with(application, "a.status in ('APPROVED', 'WAITING_LIST', 'REJECTED')"));
        SOURCES.put("applicationsPending", with(application, "a.status in ('SUBMITTED', 'RETURNED', 'COMPLETE')"));
        SOURCES.put("applicationsApproved", with(application, "a.status = 'APPROVED'"));
        SOURCES.put("applicationsWaiting", with(application, "a.status = 'WAITING_LIST'"));
        SOURCES.put("applicationsRejected", with(application, "a.status = 'REJECTED'"));
        var decided = new Source(APPLICATIONS, "extract(year from a.decided_at)",
                "a.status = 'APPROVED' and a.decided_at is not null", "a.reference", "a.status", "a.decision_amount",
                "cast(a.decided_at as date)", "'/applications/' || a.application_id", "funding.status.");
        SOURCES.put("amountApproved", decided);
        SOURCES.put("ownContribution", decided);
        SOURCES.put("amountPaid", new Source(APPLICATIONS
                + " join funding_tranches_for_insights t on t.application_id = a.application_id",
                "extract(year from t.released_on)", "t.released_on is not null", "a.reference", "a.status",
                "t.amount", "t.released_on", "'/applications/' || a.application_id || '/follow-up'",
                "funding.status."));
        var visits = new Source(APPLICATIONS
                + " join funding_visits_for_insights v on v.application_id = a.application_id",
                "extract(year from v.visited_on)", "1 = 1", "a.reference", "v.project_status",
                "v.jobs_women + v.jobs_men", "v.visited_on", "'/applications/' || a.application_id || '/follow-up'",
                "funding.projectStatus.");
        SOURCES.put("jobsWomen", visits);
        SOURCES.put("jobsMen", visits);
        var seated = new Source(PARTICIPANTS, "extract(year from p.held_on)", "p.status = 'SEATED'", "p.full_name",
                "case when p.attended = true then 'PRESENT' when p.attended = false then 'ABSENT' else 'UNMARKED' end",
                "null", "p.held_on", "'/admin/training/sessions/' || p.session_id", "insights.attendance.");
        SOURCES.put("participantsWomen", with(seated, "p.sex = 'F'"));
        SOURCES.put("participantsMen", with(seated, "p.sex = 'M'"));
        SOURCES.put("participantsYouth", with(seated, "p.age_band in ('UNDER_25', 'FROM_25_TO_34')"));
        SOURCES.put("participantsUnder25", with(seated, "p.age_band = 'UNDER_25'"));
        SOURCES.put("participants25to34", with(seated, "p.age_band = 'FROM_25_TO_34'"));
        SOURCES.put("participants35to49", with(seated, "p.age_band = 'FROM_35_TO_49'"));
        SOURCES.put("participants50", with(seated, "p.age_band = 'FROM_50'"));
        SOURCES.put("attendanceRate", with(seated, "p.attended is not null"));
        SOURCES.put("learningGain", with(seated, "exists (select 1 from training_learning_for_insights t "
                + "where t.participant_id = p.participant_id)"));
        SOURCES.put("reached", new Source(COOPERATIVES, "k.first_reached_year", "k.first_reached_year is not null",
                "c.registration_number", "c.status", "null", "null", "'/cooperatives/' || c.cooperative_id || '/training'",
                "registry.cooperativestatus."));
        SOURCES.put("certified", new Source(COOPERATIVES, "k.first_certified_year",
                "k.first_certified_year is not null", "c.registration_number", "c.status", "null", "null",
                "'/cooperatives/' || c.cooperative_id || '/training'", "registry.cooperativestatus."));
        var orders = new Source("market_orders_for_insights o join insights_cooperative k "
                + "on k.cooperative_id = o.cooperative_id join registry_for_insights c "
                + "on c.cooperative_id = o.cooperative_id", "extract(year from o.placed_at)",
                "o.status <> 'CANCELLED'", "o.reference", "o.status", "o.total", "cast(o.placed_at as date)", "null",
                "market.orderStatus.");
        SOURCES.put("orders", orders);
        SOURCES.put("sales", orders);
        SOURCES.put("survival", new Source(COOPERATIVES, "k.funded_year", "k.funded_year is not null",
                "c.registration_number", "c.status", "null", "null", "'/cooperatives/' || c.cooperative_id",
                "registry.cooperativestatus."));
    }

    private static Source with(Source source, String condition) {
        return new Source(source.from(), source.year(), source.where() + " and " + condition, source.reference(),
                source.status(), source.amount(), source.day(), source.link(), source.statusKeys());
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
        var where = new StringBuilder(" where " + source.where());
        var params = new HashMap<String, Object>();
        if ("survival".equals(indicator)) {
            where.append(" and ").append(source.year()).append(" <= :to");
            params.put("to", scope.toYear() - Dashboard.SURVIVAL_YEARS);
        } else {
            where.append(" and ").append(source.year()).append(" between :from and :to");
            params.put("from", scope.fromYear());
            params.put("to", scope.toYear());
        }
        where.append(scope.conditions("k.", params));
        long total = jdbc.sql("select count(*) from " + source.from() + where).params(params).query(Long.class)
                .single();
        var lines = jdbc.sql("select c.name_ar, c.name_latin, " + source.reference() + ", " + source.status() + ", "
                        + source.amount() + ", " + source.day() + ", " + source.link() + " from " + source.from() + where
                        + " order by 6 desc nulls last, 3 limit :size offset :off").params(params)
                .param("size", PAGE_SIZE).param("off", PageOf.offset(page, PAGE_SIZE))
                .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3),
                        source.statusKeys() + rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
        return new PageOf<>(lines, page, PAGE_SIZE, total);
    }
}
