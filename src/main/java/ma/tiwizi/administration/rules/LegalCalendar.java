package ma.tiwizi.administration.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates the law sets a cooperative each year, from the close of its financial year and the day of its annual
 * assembly: the annual ordinary assembly within 6 months of the year-end (art. 41); the accounts to the members 15
 * days before it (art. 68); accounts, report and minutes filed with the court clerk within 30 days after it
 * (art. 68); the corporate-tax return within 3 months of the year-end, even when exempt (general tax code, art. 20).
 * A change of management, statutes or address is recorded within 30 days (art. 12).
 */
public final class LegalCalendar {

    private LegalCalendar() {
    }

    /** What is due. */
    public enum Duty {
        ANNUAL_ASSEMBLY, ACCOUNTS_TO_MEMBERS, FILING_WITH_CLERK, TAX_RETURN, CHANGE_RECORDED
    }

    /** Where a duty stands on a given day. */
    public enum State {
        DONE, DUE, LATE
    }

    public record Deadline(Duty duty, LocalDate dueBy) {

        /** Done when it was done (even late: it then stays recorded as done on that day); else due until the day. */
        public State state(LocalDate doneOn, LocalDate today) {
            if (doneOn != null) {
                return State.DONE;
            }
            return today.isAfter(dueBy) ? State.LATE : State.DUE;
        }
    }

    /** The end of the financial year closed last: 31 December of last year (ADR 0010). */
    public static LocalDate lastClosedYearEnd(LocalDate today) {
        return LocalDate.of(today.getYear() - 1, 12, 31);
    }

    public static LocalDate annualAssemblyBy(LocalDate yearEnd) {
        return yearEnd.plusMonths(6);
    }

    public static LocalDate accountsToMembersBy(LocalDate assemblyDay) {
        return assemblyDay.minusDays(15);
    }

    public static LocalDate filingBy(LocalDate assemblyDay) {
        return assemblyDay.plusDays(30);
    }

    public static LocalDate taxReturnBy(LocalDate yearEnd) {
        return yearEnd.plusMonths(3);
    }

    public static LocalDate changeRecordedBy(LocalDate changedOn) {
        return changedOn.plusDays(30);
    }

    /**
     * The year's deadlines, in date order. Before the assembly is set, the accounts and the filing are counted from
     * the last day the assembly may be held.
     */
    public static List<Deadline> year(LocalDate yearEnd, LocalDate assemblyDay) {
        LocalDate assembly = assemblyDay == null ? annualAssemblyBy(yearEnd) : assemblyDay;
        var deadlines = new ArrayList<>(List.of(new Deadline(Duty.TAX_RETURN, taxReturnBy(yearEnd)),
                new Deadline(Duty.ACCOUNTS_TO_MEMBERS, accountsToMembersBy(assembly)),
                new Deadline(Duty.ANNUAL_ASSEMBLY, annualAssemblyBy(yearEnd)),
                new Deadline(Duty.FILING_WITH_CLERK, filingBy(assembly))));
        deadlines.sort((a, b) -> a.dueBy().compareTo(b.dueBy()));
        return deadlines;
    }
}
