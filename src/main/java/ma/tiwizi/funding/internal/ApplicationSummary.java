package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import ma.tiwizi.funding.ApplicationStatus;

/**
 * An application as a cooperative's list of its own shows it (and the API lists it): read in one statement for all
 * of them, its documents in a second, without loading each application whole.
 */
public record ApplicationSummary(long id, long callId, long cooperativeId, ApplicationStatus status,
        String reference, String title, String valueChain, Integer jobsWomen, Integer jobsYouth,
        BigDecimal projectCost, BigDecimal publicRequested, BigDecimal ownCash, BigDecimal ownInKind,
        BigDecimal otherPartners, Instant submittedAt, int version, List<ApplicationView.DocumentView> documents) {
}
