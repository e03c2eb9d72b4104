package ma.tiwizi.funding;

/**
 * A message was posted on an application: by the committee's staff (the cooperative is told by its channel) or by the
 * applicant (the staff find it in their inbox). Published after the message is committed.
 */
public record ApplicationMessagePosted(long messageId, long applicationId, long cooperativeId, String callTitle,
        boolean fromStaff, String authorName) {
}
