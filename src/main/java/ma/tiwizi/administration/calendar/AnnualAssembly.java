package ma.tiwizi.administration.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import ma.tiwizi.administration.rules.AssemblyKind;
import ma.tiwizi.administration.rules.LegalCalendar;
import ma.tiwizi.administration.rules.Quorum;
import ma.tiwizi.platform.Queries;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day each cooperative held the annual ordinary assembly of a financial year (art. 41): the first ordinary
 * assembly after the year-end, within six months and not after today, whose attendance reached the quorum of its call.
 */
final class AnnualAssembly {

    private static final Queries SQL = Queries.of("administration");

    private AnnualAssembly() {
    }

    static Map<Long, LocalDate> heldOn(JdbcClient jdbc, Collection<Long> cooperatives, LocalDate yearEnd,
            LocalDate today) {
        Map<Long, LocalDate> held = new HashMap<>();
        if (cooperatives.isEmpty()) {
            return held;
        }
        jdbc.sql(SQL.get("AnnualAssembly.heldOn"))
                .param("ids", cooperatives).param("end", yearEnd).param("by", LegalCalendar.annualAssemblyBy(yearEnd))
                .param("today", today).query(rs -> {
                    if (Quorum.reached(AssemblyKind.ORDINARY, rs.getInt(3), rs.getInt(4), rs.getInt(5))) {
                        held.putIfAbsent(rs.getLong(1), rs.getObject(2, LocalDate.class));
                    }
                });
        return held;
    }
}
