package ma.tiwizi.administration.rules;

import java.time.LocalDate;
import java.util.Optional;
import ma.tiwizi.platform.Morocco;

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

    /** The end of the financial year a day falls in: 31 December (ADR 0010). */
    public static LocalDate yearEndOf(LocalDate day) {
        return LocalDate.of(day.getYear(), 12, 31);
    }

    /**
     * A request to leave at the end of this financial year, sent on {@code requestedOn}: refused when it comes later
     * than two months before that year-end (it can still be made to leave at the end of the next one).
     */
    public static Optional<Breach> checkRequest(LocalDate requestedOn) {
        LocalDate yearEnd = yearEndOf(requestedOn);
        return inTimeFor(requestedOn, yearEnd) ? Optional.empty()
                : Optional.of(Breach.of("withdrawalTooLate", Morocco.DAY.format(lastDayToRequest(yearEnd)),
                        Morocco.DAY.format(yearEnd), Morocco.DAY.format(yearEnd.plusYears(1))));
    }

    /** A refusal answered on {@code answeredOn}: too late once the 20 days have passed, the silence accepted it. */
    public static Optional<Breach> checkRefusal(LocalDate requestedOn, LocalDate answeredOn) {
        return answeredOn.isAfter(acceptedBySilenceAfter(requestedOn))
                ? Optional.of(Breach.of("acceptedBySilence", Morocco.DAY.format(requestedOn),
                        Morocco.DAY.format(acceptedBySilenceAfter(requestedOn))))
                : Optional.empty();
    }
}
