package ma.tiwizi.administration;

import java.time.LocalDate;

/**
 * A duty of a cooperative's legal calendar falls due soon ({@code stage} SOON: within 15 days; LAST: today or
 * tomorrow) or is late (LATE: from the day after); told once per stage. {@code duty} names it
 * ({@code administration.duty.DUTY}).
 */
public record DutyFallsDue(long cooperativeId, String duty, LocalDate yearEnd, LocalDate dueBy, String stage) {
}
