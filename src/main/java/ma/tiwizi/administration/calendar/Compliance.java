package ma.tiwizi.administration.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.rules.Account;
import ma.tiwizi.administration.rules.Governance;
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
 * assembly held within six months of the year-end with its quorum (art. 41), the accounts filed with the court clerk
 * (art. 68), and a board declared where the law requires one (arts. 47, 65). Filtered like the registry; the committee reads, only the cooperative writes its books.
 */
@Service
@RequiredArgsConstructor
public class Compliance {

    private static final Queries SQL = Queries.of("administration");

    private final CooperativeRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * A cooperative's standing for the year closed last; {@code boardMissing} when the law required a board (more
     * than 50 members at that year end, or sales above 5 MDH in each of its last two years) and none is declared,
     * shown beside the standing the dashboards count (register, assembly, filing).
     */
    public record Row(CooperativeView cooperative, int members, LocalDate assemblyHeldOn, LocalDate filedOn,
            boolean boardMissing) {

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
        Set<Long> boardMissing = new HashSet<>();
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
            boardMissing.addAll(jdbc.sql(SQL.get("Compliance.boardMissing")).param("ids", ids).param("end", yearEnd)
                    .param("yearBefore", yearEnd.minusYears(1)).param("start", yearEnd.minusYears(2).plusDays(1))
                    .param("members", Governance.MEMBERS_REQUIRING_A_BOARD)
                    .param("turnover", Governance.TURNOVER_REQUIRING_A_BOARD)
                    .param("sales", Arrays.stream(Account.values()).filter(Account::sale).map(Account::name).toList())
                    .query(Long.class).list());
        }
        var rows = page.items().stream().map(c -> new Row(c, members.getOrDefault(c.id(), 0),
                assemblies.get(c.id()), filings.get(c.id()), boardMissing.contains(c.id()))).toList();
        return new Standing(yearEnd, new PageOf<>(rows, page.page(), page.size(), page.total()));
    }
}
