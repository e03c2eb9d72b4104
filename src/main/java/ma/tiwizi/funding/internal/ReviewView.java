package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A review as pages read it; scores are empty for those who may not see them yet. */
public record ReviewView(long id, long applicationId, long reviewerId, String reviewerName, String status,
        Map<Criterion, Integer> scores, BigDecimal weightedScore, String comment, String recommendation,
        Instant submittedAt, int version) {

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }
}
