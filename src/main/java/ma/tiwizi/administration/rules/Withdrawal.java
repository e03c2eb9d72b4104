package ma.tiwizi.administration.rules;

import java.time.LocalDate;

/**
 * A member's withdrawal (arts. 18–19): the request is sent at least two months before the end of the financial year
 * to take effect at that year-end; the board or manager answers within 20 days, and silence means it is accepted. A
 * refusal can be brought before the ordinary assembly.
 */
public final class Withdrawal {

    public static final int ANSWER_WITHIN_DAYS = 20;

    private Withdrawal() {
    }

    /** The last day a request may be sent to leave at this year-end. */
    public static LocalDate lastDayToRequest(LocalDate yearEnd) {
        return yearEnd.minusMonths(2);
    }

    public static boolean inTimeFor(LocalDate requestedOn, LocalDate yearEnd) {
        return !requestedOn.isAfter(lastDayToRequest(yearEnd));
    }

    /** The year-end the withdrawal takes effect at: this one if asked in time, else the next. */
    public static LocalDate takesEffectAt(LocalDate requestedOn, LocalDate yearEnd) {
        return inTimeFor(requestedOn, yearEnd) ? yearEnd : yearEnd.plusYears(1);
    }

    /** Past this day without an answer, the withdrawal is accepted. */
    public static LocalDate acceptedBySilenceAfter(LocalDate requestedOn) {
        return requestedOn.plusDays(ANSWER_WITHIN_DAYS);
    }
}
