package ma.tiwizi.funding.internal;

/** Why the committee rejected an application, explained to the applicant in their language. */
public enum RejectionReason {
    NOT_VIABLE, WEAK_SOCIAL_IMPACT, OUTSIDE_PRIORITIES, ENVELOPE_EXHAUSTED, OTHER
}
