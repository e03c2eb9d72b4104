package ma.tiwizi.administration.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.rules.LegalCalendar;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.StaffOnly;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.CooperativeSearch;
import ma.tiwizi.registry.CooperativeView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which cooperatives are in order with law 112-12, for the committee: the register kept in Tiwizi, last year's annual
 * assembly held within six months of the year-end with its quorum (art. 41), and the accounts filed with the court
 * clerk (art. 68). Filtered like the registry; the committee reads, only the cooperative writes its books.
 */
@Service
@RequiredArgsConstructor
public class Compliance {

    private static final Queries SQL = Queries.of("administration");

    private final CooperativeRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** A cooperative's standing for the year closed last. */
    public record Row(CooperativeView cooperative, int members, LocalDate assemblyHeldOn, LocalDate filedOn) {

        public boolean registerKept() {
            return members > 0;
        }

        public boolean inOrder() {
            return registerKept() && assemblyHeldOn != null && filedOn != null;
        }
    }

    public record Standing(LocalDate yearEnd, PageOf<Row> rows) {
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public Standing of(CooperativeSearch search) {
        LocalDate today = LocalDate.now(clock.withZone(Morocco.ZONE));
        LocalDate yearEnd = LegalCalendar.lastClosedYearEnd(today);
        var page = registry.search(search);
        List<Long> ids = page.items().stream().map(CooperativeView::id).toList();
        Map<Long, Integer> members = new HashMap<>();
        Map<Long, LocalDate> assemblies = new HashMap<>();
        Map<Long, LocalDate> filings = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(SQL.get("Compliance.membersByCooperative"))
                    .param("ids", ids).query(rs -> {
                        members.put(rs.getLong(1), rs.getInt(2));
                    });
            assemblies.putAll(AnnualAssembly.heldOn(jdbc, ids, yearEnd, today));
            jdbc.sql(SQL.get("Compliance.dutiesDone"))
                    .param("ids", ids).param("end", yearEnd).query(rs -> {
                        filings.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                    });
        }
        var rows = page.items().stream().map(c -> new Row(c, members.getOrDefault(c.id(), 0),
                assemblies.get(c.id()), filings.get(c.id()))).toList();
        return new Standing(yearEnd, new PageOf<>(rows, page.page(), page.size(), page.total()));
    }
}
