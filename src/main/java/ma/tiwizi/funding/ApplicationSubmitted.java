package ma.tiwizi.funding;

/** A cooperative submitted (or resubmitted) its application: published after the submission is committed. */
public record ApplicationSubmitted(long applicationId, String reference, long cooperativeId, String callTitle) {
}
