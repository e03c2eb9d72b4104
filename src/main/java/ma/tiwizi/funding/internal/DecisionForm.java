package ma.tiwizi.funding.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import ma.tiwizi.funding.ApplicationStatus;

/** The committee's decision on one application. The amount is for approvals, the reason for rejections. */
public record DecisionForm(
        @NotNull(message = "{funding.error.decision}") ApplicationStatus decision,
        @DecimalMin(value = "0.01", message = "{funding.error.amount}") BigDecimal amount,
        @Size(max = 2000, message = "{funding.error.tooLong}") String conditions,
        RejectionReason reason,
        @Size(max = 2000, message = "{funding.error.tooLong}") String comment,
        Integer version) {
}
