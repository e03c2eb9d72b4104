package ma.tiwizi.funding;

import java.util.Set;

/**
 * Where an application stands. A draft is submitted once; the committee's staff mark a submitted file complete, or
 * return it for corrections, after which the applicant submits it again.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, RETURNED, COMPLETE;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(COMPLETE, RETURNED);
            case COMPLETE -> Set.of();
        };
    }

    public boolean editableByApplicant() {
        return this == DRAFT || this == RETURNED;
    }
}
