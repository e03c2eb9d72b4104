package ma.tiwizi.funding;

import java.util.Set;

/**
 * Where an application stands. A draft is submitted once; the committee's staff mark a submitted file complete, or
 * return it for corrections, after which the applicant submits it again. The committee then approves a complete
 * file, puts it on the waiting list, or rejects it; a waiting file may still be approved or rejected.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, RETURNED, COMPLETE, APPROVED, WAITING_LIST, REJECTED;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(COMPLETE, RETURNED);
            case COMPLETE -> Set.of(APPROVED, WAITING_LIST, REJECTED);
            case WAITING_LIST -> Set.of(APPROVED, REJECTED);
            case APPROVED, REJECTED -> Set.of();
        };
    }

    public boolean decided() {
        return this == APPROVED || this == WAITING_LIST || this == REJECTED;
    }

    public boolean editableByApplicant() {
        return this == DRAFT || this == RETURNED;
    }
}
