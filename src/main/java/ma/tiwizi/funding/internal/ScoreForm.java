package ma.tiwizi.funding.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's scores (0 to 10 per criterion), comment and recommendation. */
public record ScoreForm(
        @NotNull(message = "{funding.error.score}") @Min(value = 0, message = "{funding.error.score}")
        @Max(value = 10, message = "{funding.error.score}") Integer valueChainFit,
        @NotNull(message = "{funding.error.score}") @Min(value = 0, message = "{funding.error.score}")
        @Max(value = 10, message = "{funding.error.score}") Integer viability,
        @NotNull(message = "{funding.error.score}") @Min(value = 0, message = "{funding.error.score}")
        @Max(value = 10, message = "{funding.error.score}") Integer socialImpact,
        @NotNull(message = "{funding.error.score}") @Min(value = 0, message = "{funding.error.score}")
        @Max(value = 10, message = "{funding.error.score}") Integer sustainability,
        @NotNull(message = "{funding.error.score}") @Min(value = 0, message = "{funding.error.score}")
        @Max(value = 10, message = "{funding.error.score}") Integer capacity,
        @NotBlank(message = "{funding.error.reviewComment}") @Size(max = 4000, message = "{funding.error.tooLong}")
        String comment,
        @NotBlank(message = "{funding.error.recommendation}") String recommendation,
        Integer version) {
}
