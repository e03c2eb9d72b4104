package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.tiwizi.funding.rules.FundingRules;
import ma.tiwizi.funding.ApplicationStatus;

/** An application as its pages, its receipt and other modules read it, with what is still missing. */
public record ApplicationView(long id, long callId, long cooperativeId, ApplicationStatus status, String title,
        String valueChain, String description, Integer jobsWomen, Integer jobsYouth,
        List<Line> lines, BigDecimal projectCost, BigDecimal publicRequested, BigDecimal ownCash,
        BigDecimal ownInKind, BigDecimal otherPartners, String reference, Instant submittedAt, String returnComment,
        LocalDate returnDeadline, int version, List<DocumentView> documents, List<Event> timeline, Long planId,
        Integer planVersion, BigDecimal decisionAmount, String decisionConditions, RejectionReason decisionReason,
        String decisionComment) {

    public record Line(BudgetCategory category, String label, BigDecimal amount) {
    }

    public record DocumentView(long id, RequiredDocument code, String filename, String contentType, long size,
            Instant uploadedAt) {
    }

    /** A line of the timeline: a status change, or a step after the decision ({@code step} then names it). */
    public record Event(Instant at, String actor, ApplicationStatus status, String comment, String step) {
    }

    public FundingRules.Financing financing() {
        return new FundingRules.Financing(projectCost, orZero(publicRequested), orZero(ownCash), orZero(ownInKind),
                orZero(otherPartners));
    }

    /** What must still be done before submitting: message keys ({@code funding.missing.*}), in step order. */
    public List<String> missing(CallView call) {
        List<String> missing = new ArrayList<>();
        if (blank(title) || blank(valueChain) || blank(description)) {
            missing.add("project");
        }
        if (lines.isEmpty()) {
            missing.add("budget");
        }
        if (publicRequested == null || !call.fundingRules().check(financing()).isEmpty()) {
            missing.add("financing");
        }
        for (CallView.Document required : call.documents()) {
            if (required.mandatory() && documents.stream().noneMatch(d -> d.code() == required.code())) {
                missing.add("document." + required.code().name());
            }
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
