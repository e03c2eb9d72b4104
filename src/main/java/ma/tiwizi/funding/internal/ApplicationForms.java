package ma.tiwizi.funding.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of the guided application, one record per step. Fields may stay empty in a draft; what is typed must be
 * sensible. Completeness is checked at submission, not at each save, so a draft can always be saved.
 */
public final class ApplicationForms {

    private static final String MAX_AMOUNT = "100000000";

    private ApplicationForms() {
    }

    public record Project(
            @Size(max = 200, message = "{funding.error.tooLong}") String title,
            @Size(max = 200, message = "{funding.error.tooLong}") String valueChain,
            @Size(max = 4000, message = "{funding.error.tooLong}") String description,
            @Min(value = 0, message = "{funding.error.jobs}") @Max(value = 10000, message = "{funding.error.jobs}")
            Integer jobsWomen,
            @Min(value = 0, message = "{funding.error.jobs}") @Max(value = 10000, message = "{funding.error.jobs}")
            Integer jobsYouth) {
    }

    public static final int BUDGET_ROWS = 8;

    public record BudgetRow(BudgetCategory category, @Size(max = 200, message = "{funding.error.tooLong}") String label,
            @DecimalMin(value = "0.01", message = "{funding.error.amount}")
            @DecimalMax(value = MAX_AMOUNT, message = "{funding.error.amount}") BigDecimal amount) {
        boolean blank() {
            return (label == null || label.isBlank()) && amount == null;
        }
    }

    /** The most lines a budget may have: a posted form with more is refused with a message, not bound further. */
    public static final int MAX_BUDGET_ROWS = 30;

    public record Budget(@Size(max = MAX_BUDGET_ROWS, message = "{funding.error.budgetRows}")
            List<@Valid BudgetRow> rows) {

        public List<BudgetRow> padded() {
            List<BudgetRow> padded = new ArrayList<>(rows == null ? List.of() : rows);
            while (padded.size() < BUDGET_ROWS) {
                padded.add(new BudgetRow(BudgetCategory.EQUIPMENT, null, null));
            }
            return padded;
        }
    }

    public record Financing(
            @DecimalMin(value = "0", message = "{funding.error.amountOrZero}")
            @DecimalMax(value = MAX_AMOUNT, message = "{funding.error.amount}") BigDecimal publicRequested,
            @DecimalMin(value = "0", message = "{funding.error.amountOrZero}")
            @DecimalMax(value = MAX_AMOUNT, message = "{funding.error.amount}") BigDecimal ownCash,
            @DecimalMin(value = "0", message = "{funding.error.amountOrZero}")
            @DecimalMax(value = MAX_AMOUNT, message = "{funding.error.amount}") BigDecimal ownInKind,
            @DecimalMin(value = "0", message = "{funding.error.amountOrZero}")
            @DecimalMax(value = MAX_AMOUNT, message = "{funding.error.amount}") BigDecimal otherPartners,
            Integer version) {
    }
}
