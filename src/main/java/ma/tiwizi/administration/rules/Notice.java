package ma.tiwizi.administration.rules;

import java.time.Instant;
import java.time.LocalDate;
import ma.tiwizi.platform.Morocco;

/**
 * When a general assembly must be announced (art. 40) and the member list deposited (art. 17). The notice reaches
 * each member at least 15 full days before the first call and 10 full days before the second or third: a full day
 * is a whole calendar day in Morocco between the day it is sent and the day of the assembly, neither counted. So an
 * assembly on 30 June at the first call is announced on 14 June at the latest (15 full days: 15 to 29 June).
 */
public final class Notice {

    private Notice() {
    }

    public static int fullDays(int call) {
        if (call < 1 || call > 3) {
            throw new IllegalArgumentException("a general assembly is called at most three times: " + call);
        }
        return call == 1 ? 15 : 10;
    }

    /** The last day the notice may be sent for this call. */
    public static LocalDate lastDayToSend(LocalDate assemblyDay, int call) {
        return assemblyDay.minusDays(fullDays(call) + 1L);
    }

    /** Whether a notice sent at this instant is in time, the day it was sent taken in Morocco. */
    public static boolean inTime(Instant sentAt, LocalDate assemblyDay, int call) {
        return !LocalDate.ofInstant(sentAt, Morocco.ZONE).isAfter(lastDayToSend(assemblyDay, call));
    }

    /** The updated member list is deposited with the court clerk within 15 days of sending the notice (art. 17). */
    public static LocalDate memberListDepositBy(LocalDate noticeSentOn) {
        return noticeSentOn.plusDays(15);
    }
}
