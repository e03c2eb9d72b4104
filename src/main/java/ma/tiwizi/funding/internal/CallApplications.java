package ma.tiwizi.funding.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.files.Sheets;
import ma.tiwizi.registry.CooperativeRef;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.CooperativeSearch;
import ma.tiwizi.registry.Sector;
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applications of a call as the committee's staff list, count, total and export them. */
@AdminOnly
@Service
@RequiredArgsConstructor
public class CallApplications {

    private static final Queries SQL = Queries.of("funding");

    private final JdbcClient jdbc;
    private final CooperativeRegistry registry;
    private final MessageSource messages;

    /** Filters on the application (status) and on the cooperative (commune, sector, leadership). */
    public record Filter(ApplicationStatus status, Long commune, String sector, Boolean womenLed, Boolean youthLed,
            Integer page) {
        boolean onCooperative() {
            return commune != null || (sector != null && !sector.isBlank()) || Boolean.TRUE.equals(womenLed)
                    || Boolean.TRUE.equals(youthLed);
        }
    }

    public record Row(long id, long cooperativeId, String cooperative, String reference, ApplicationStatus status,
            String title, BigDecimal cost, BigDecimal requested) {
    }

    public record Listing(PageOf<Row> page, long count, BigDecimal totalCost, BigDecimal totalRequested,
            Map<ApplicationStatus, Long> byStatus) {
    }

    @Transactional(readOnly = true)
    public Listing list(long callId, Filter filter, Locale locale) {
        int page = PageOf.clampPage(filter.page());
        int size = PageOf.DEFAULT_SIZE;
        var matching = matching(callId, filter);
        if (matching == null) {
            return new Listing(new PageOf<>(List.of(), page, size, 0), 0, BigDecimal.ZERO, BigDecimal.ZERO,
                    new EnumMap<>(ApplicationStatus.class));
        }
        var byStatus = new EnumMap<ApplicationStatus, Long>(ApplicationStatus.class);
        var sums = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        matching.apply(jdbc.sql(SQL.get("CallApplications.totals"))).query(rs -> {
            byStatus.put(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n"));
            sums[0] = sums[0].add(rs.getBigDecimal("cost"));
            sums[1] = sums[1].add(rs.getBigDecimal("requested"));
        });
        long count = byStatus.values().stream().mapToLong(Long::longValue).sum();
        var rows = named(matching.apply(jdbc.sql(SQL.get("CallApplications.page"))).param("size", size)
                .param("off", PageOf.offset(page, size)), locale);
        return new Listing(new PageOf<>(rows, page, size, count), count, sums[0], sums[1], byStatus);
    }

    public void xlsx(long callId, Filter filter, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Tiwizi", "1.0");
        var sheet = Sheets.add(workbook, messages.getMessage("funding.list.sheet", null, locale), locale);
        if ("ar".equals(locale.getLanguage())) {
            sheet.rightToLeft();
        }
        String[] header = {"reference", "cooperative", "status", "title", "cost", "requested"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, messages.getMessage("funding.list.column." + header[c], null, locale));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (Row row : rows(callId, filter, locale)) {
            sheet.value(r, 0, row.reference() == null ? "" : row.reference());
            sheet.value(r, 1, neutralise(row.cooperative()));
            sheet.value(r, 2, messages.getMessage("funding.status." + row.status().name(), null, locale));
            sheet.value(r, 3, neutralise(row.title() == null ? "" : row.title()));
            sheet.value(r, 4, row.cost());
            sheet.value(r, 5, row.requested());
            r++;
        }
        workbook.finish();
    }

    /** Every matching application, for the export: a call holds at most a few thousand. */
    private List<Row> rows(long callId, Filter filter, Locale locale) {
        var matching = matching(callId, filter);
        return matching == null ? List.of() : named(matching.apply(jdbc.sql(SQL.get("CallApplications.rows"))), locale);
    }

    /**
     * Binds the filter to a statement on the call's applications; null when the filter on cooperatives matches none.
     */
    private UnaryOperator<JdbcClient.StatementSpec> matching(long callId, Filter filter) {
        List<Long> cooperatives = filter.onCooperative() ? registry.matchingIds(new CooperativeSearch(null, null,
                filter.commune(), filter.sector() == null || filter.sector().isBlank() ? null
                        : Sector.valueOf(filter.sector()), null, filter.womenLed(),
                filter.youthLed(), null, null, null, null)) : null;
        if (cooperatives != null && cooperatives.isEmpty()) {
            return null;
        }
        return spec -> spec.param("call", callId)
                .param("status", filter.status() == null ? "" : filter.status().name())
                .param("everyCooperative", cooperatives == null)
                .param("coops", cooperatives == null ? List.of(-1L) : cooperatives);
    }

    /** The rows a statement reads, with their cooperatives' names (one more query for all of them). */
    private List<Row> named(JdbcClient.StatementSpec spec, Locale locale) {
        record Raw(long id, long cooperativeId, String reference, String status, String title, BigDecimal requested,
                BigDecimal cost) {
        }
        List<Raw> raws = spec.query(Raw.class).list();
        Map<Long, CooperativeRef> names = registry.refs(raws.stream().map(Raw::cooperativeId).distinct().toList());
        List<Row> rows = new ArrayList<>();
        for (Raw raw : raws) {
            var ref = names.get(raw.cooperativeId());
            rows.add(new Row(raw.id(), raw.cooperativeId(), ref == null ? "" : ref.name(locale), raw.reference(),
                    ApplicationStatus.valueOf(raw.status()), raw.title(), raw.cost(), raw.requested()));
        }
        return rows;
    }

    private static String neutralise(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
