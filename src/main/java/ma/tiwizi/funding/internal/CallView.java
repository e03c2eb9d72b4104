package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.tiwizi.funding.rules.Eligibility;
import ma.tiwizi.funding.rules.FundingRules;
import ma.tiwizi.funding.rules.TranchePlan;

/** A call as pages and other modules read it. */
public record CallView(long id, String title, Axis axis, Instant opensAt, Instant closesAt, BigDecimal budget,
        Set<String> legalForms, Set<Long> communes, Eligibility eligibility, FundingRules fundingRules,
        List<Document> documents, boolean published, State state, int version,
        TranchePlan tranchePlan, Map<Criterion, Integer> grid) {

    public record Document(RequiredDocument code, boolean mandatory) {
    }

    /** Where a call stands: not yet published, published but not open, open, or closed. */
    public enum State {
        DRAFT, UPCOMING, OPEN, CLOSED;

        static State of(boolean published, Instant opens, Instant closes, Instant now) {
            if (!published) {
                return DRAFT;
            }
            if (now.isBefore(opens)) {
                return UPCOMING;
            }
            return now.isBefore(closes) ? OPEN : CLOSED;
        }
    }
}
