package ma.tiwizi.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A session invited to is about to start (the notifications module e-mails the cooperative): the participants it named,
 * or none yet, in which case the reminder asks it to name them.
 */
public record SessionReminder(long cooperativeId, long sessionId, long invitationId, String moduleTitleAr,
        String moduleTitleFr, LocalDate heldOn, LocalTime startsAt, String place, List<String> participants) {
}
