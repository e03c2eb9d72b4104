package ma.tiwizi.funding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import ma.tiwizi.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One reviewer's review of one application: assigned, then accepted (no conflict of interest) or declined, then
 * scored and submitted. A declined review can never be scored.
 */
@Table("funding_review")
class Review {

    enum Status {
        ASSIGNED, DECLINED, ACCEPTED, SUBMITTED
    }

    enum Recommendation {
        FUND, FUND_WITH_CONDITIONS, WAITING_LIST, REJECT
    }

    @Table("funding_review_score")
    record Score(Criterion criterion, int score, int weight) {
        /** Scores saved before calls had their own grid carry no weight: the default one applies. */
        int effectiveWeight() {
            return weight > 0 ? weight : criterion.weight;
        }
    }

    @Id
    private Long id;
    private Long applicationId;
    private Long reviewerId;
    private String reviewerName;
    private Status status;
    private Instant declaredAt;
    private Instant submittedAt;
    private String comment;
    private Recommendation recommendation;
    private Instant createdAt;
    @Version
    private Integer version;
    private List<Score> scores = List.of();

    Review() {
    }

    static Review assign(long applicationId, long reviewerId, String reviewerName, Instant now) {
        var review = new Review();
        review.applicationId = applicationId;
        review.reviewerId = reviewerId;
        review.reviewerName = reviewerName;
        review.status = Status.ASSIGNED;
        review.createdAt = now;
        return review;
    }

    void declare(boolean noConflict, Instant now) {
        if (status != Status.ASSIGNED) {
            throw new ConflictException("funding.error.alreadyDeclared", null);
        }
        status = noConflict ? Status.ACCEPTED : Status.DECLINED;
        declaredAt = now;
    }

    void submit(List<Score> newScores, String newComment, Recommendation newRecommendation, Instant now) {
        if (status != Status.ACCEPTED) {
            throw new ConflictException(status == Status.SUBMITTED ? "funding.error.alreadyScored"
                    : "funding.error.cannotScore", null);
        }
        scores = List.copyOf(newScores);
        comment = newComment;
        recommendation = newRecommendation;
        status = Status.SUBMITTED;
        submittedAt = now;
    }

    /** The weighted score out of 10, or null before scores are submitted. */
    BigDecimal weightedScore() {
        return scores.isEmpty() ? null : weighted(scores);
    }

    /** The weighted average of a review's scores, on 10, to the hundredth. */
    static BigDecimal weighted(Collection<Score> scores) {
        int weights = scores.stream().mapToInt(Score::effectiveWeight).sum();
        int total = scores.stream().mapToInt(s -> s.score() * s.effectiveWeight()).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    Long id() { return id; }
    Long applicationId() { return applicationId; }
    Long reviewerId() { return reviewerId; }
    String reviewerName() { return reviewerName; }
    Status status() { return status; }
    String comment() { return comment; }
    Recommendation recommendation() { return recommendation; }
    Integer version() { return version; }
    List<Score> scores() { return scores; }
    Instant submittedAt() { return submittedAt; }
}
