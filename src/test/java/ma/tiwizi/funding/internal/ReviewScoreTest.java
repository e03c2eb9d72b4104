package ma.tiwizi.funding.internal;

import java.time.Instant;
import java.util.List;
import ma.tiwizi.platform.ConflictException;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class ReviewScoreTest {

    private static Review accepted() {
        var review = Review.assign(1, 2, "R", Instant.now());
        review.declare(true, Instant.now());
        return review;
    }

    @Test
    void theWeightedScoreUsesTheCallsGrid() {
        var review = accepted();
        review.submit(List.of(new Review.Score(Criterion.VALUE_CHAIN_FIT, 10, 60),
                new Review.Score(Criterion.VIABILITY, 0, 10), new Review.Score(Criterion.SOCIAL_IMPACT, 0, 10),
                new Review.Score(Criterion.SUSTAINABILITY, 0, 10), new Review.Score(Criterion.CAPACITY, 0, 10)),
                "c", Review.Recommendation.FUND, Instant.now());
        assertThat(review.weightedScore()).isEqualByComparingTo("6.00");
    }

    @Test
    void aDeclinedReviewCanNeverBeScoredNorDeclaredAgain() {
        var review = Review.assign(1, 2, "R", Instant.now());
        review.declare(false, Instant.now());
        assertThatThrownBy(() -> review.submit(List.of(), "c", Review.Recommendation.REJECT, Instant.now()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> review.declare(true, Instant.now())).isInstanceOf(ConflictException.class);
    }
}
