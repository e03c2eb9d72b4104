package ma.tiwizi.training;

import java.time.LocalDate;
import java.time.LocalTime;

/** A cooperative was invited to a training session (the notifications module e-mails it). */
public record CooperativeInvited(long cooperativeId, long sessionId, String moduleTitleAr, String moduleTitleFr,
        LocalDate heldOn, LocalTime startsAt, String place) {
}
