package ma.tiwizi.administration.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.rules.LegalCalendar;
import ma.tiwizi.administration.rules.LegalCalendar.Duty;
import ma.tiwizi.administration.rules.LegalCalendar.State;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.Queries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cooperative's legal calendar: for each financial year (closing on 31 December unless its statutes say otherwise;
 * ADR 0010), the annual assembly, the accounts to the members, the filing with the court clerk and the tax return,
 * each done (with its day and proof), due, or late. The annual assembly counts as held when an ordinary assembly of
 * the cooperative reached its quorum within six months of the year-end.
 */
@Service
@RequiredArgsConstructor
public class Obligations {

    private static final Queries SQL = Queries.of("administration");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** One line of the calendar. */
    public record Line(Duty duty, LocalDate dueBy, State state, LocalDate doneOn, String proof) {
    }

    /** A financial year's calendar. */
    public record Year(LocalDate yearEnd, List<Line> lines) {

        public Optional<Line> next() {
            return lines.stream().filter(line -> line.state() != State.DONE).findFirst();
        }
    }

    /** The year closed last (whose calendar runs now) and the year before it. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public List<Year> of(long cooperativeId) {
        LocalDate today = today();
        LocalDate lastClosed = LegalCalendar.lastClosedYearEnd(today);
        return List.of(year(cooperativeId, lastClosed, today), year(cooperativeId, lastClosed.minusYears(1), today));
    }

    /** The calendar running now: the year closed last. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public Year current(long cooperativeId) {
        LocalDate today = today();
        return year(cooperativeId, LegalCalendar.lastClosedYearEnd(today), today);
    }

    /** Records a duty as done, with its day and proof; the annual assembly is recorded by holding it. */
    @Transactional
    @CooperativeOnly
    public void markDone(LocalDate yearEnd, Duty duty, LocalDate doneOn, String proof) {
        long cooperative = CurrentUser.require().cooperativeId();
        if (duty == Duty.ANNUAL_ASSEMBLY) {
            throw new AdministrationRefused("administration.error.assemblyByHolding", "duty");
        }
        if (doneOn.isAfter(today()) || doneOn.isBefore(yearEnd.minusYears(1))) {
            throw new AdministrationRefused("administration.error.doneOn", "doneOn");
        }
        if (proof == null || proof.isBlank() || proof.strip().length() > 300) {
            throw new AdministrationRefused("administration.error.proof", "proof");
        }
        jdbc.sql(SQL.get("Obligations.forgetDone"))
                .param("c", cooperative).param("y", yearEnd).param("d", duty.name()).update();
        jdbc.sql(SQL.get("Obligations.markDone"))
                .param("c", cooperative).param("y", yearEnd).param("d", duty.name()).param("on", doneOn)
                .param("proof", proof.strip()).param("now", Timestamp.from(clock.instant()))
                .param("by", CurrentUser.username()).update();
        events.publishEvent(Audited.by("done", "duty", cooperative, duty + " " + yearEnd + " " + doneOn));
    }

    /** A year's calendar as it stands on {@code today}, for the pages and the reminders (no check: callers check). */
    Year year(long cooperativeId, LocalDate yearEnd, LocalDate today) {
        LocalDate assembly = AnnualAssembly.heldOn(jdbc, List.of(cooperativeId), yearEnd, today).get(cooperativeId);
        Map<Duty, String[]> done = new HashMap<>();
        jdbc.sql(SQL.get("Obligations.year"))
                .param("c", cooperativeId).param("y", yearEnd)
                .query(rs -> {
                    done.put(Duty.valueOf(rs.getString(1)), new String[] {rs.getObject(2, LocalDate.class)
                            .toString(), rs.getString(3)});
                });
        List<Line> lines = LegalCalendar.year(yearEnd, assembly).stream().map(deadline -> {
            LocalDate doneOn;
            String proof;
            if (deadline.duty() == Duty.ANNUAL_ASSEMBLY) {
                doneOn = assembly;
                proof = null;
            } else {
                var record = done.get(deadline.duty());
                doneOn = record == null ? null : LocalDate.parse(record[0]);
                proof = record == null ? null : record[1];
            }
            return new Line(deadline.duty(), deadline.dueBy(), deadline.state(doneOn, today), doneOn, proof);
        }).toList();
        return new Year(yearEnd, lines);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Morocco.ZONE));
    }
}
