package ma.tiwizi.bizplan.engine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a business plan assumes. Amounts in MAD; rates in percent (5 means 5 %); year 0 is the investment year
 * before operations start, years 1..horizon are operating years.
 */
public record PlanInput(
        @NotNull(message = "{bizplan.error.horizon}") @Min(value = 3, message = "{bizplan.error.horizon}")
        @Max(value = 10, message = "{bizplan.error.horizon}") Integer horizonYears,
        @NotEmpty(message = "{bizplan.error.products}") @Valid List<Product> products,
        @Valid List<FixedCost> fixedCosts,
        @Valid List<Investment> investments,
        @NotNull @Valid WorkingCapital workingCapital,
        @NotNull @Valid Financing financing,
        @NotNull(message = "{bizplan.error.rate}") @DecimalMin(value = "0", message = "{bizplan.error.rate}")
        @DecimalMax(value = "100", inclusive = false, message = "{bizplan.error.rate}") BigDecimal taxRatePercent,
        @NotNull @Min(value = 0, message = "{bizplan.error.years}") @Max(value = 50, message = "{bizplan.error.years}")
        Integer taxExemptYears,
        @NotNull(message = "{bizplan.error.rate}") @DecimalMin(value = "0", message = "{bizplan.error.rate}")
        @DecimalMax(value = "100", inclusive = false, message = "{bizplan.error.rate}") BigDecimal discountRatePercent) {

    public List<FixedCost> fixedCostsOrEmpty() {
        return fixedCosts == null ? List.of() : fixedCosts;
    }

    public List<Investment> investmentsOrEmpty() {
        return investments == null ? List.of() : investments;
    }

    /** The positions of investments bought after the plan's last year: never paid, yet counted as residual value. */
    public List<Integer> investmentsAfterHorizon() {
        var after = new ArrayList<Integer>();
        for (int i = 0; i < investmentsOrEmpty().size(); i++) {
            Integer year = investmentsOrEmpty().get(i).year();
            if (horizonYears != null && year != null && year > horizonYears) {
                after.add(i);
            }
        }
        return after;
    }

    @AssertTrue(message = "{bizplan.error.investmentAfterHorizon}")
    public boolean isInvestmentsWithinHorizon() {
        return investmentsAfterHorizon().isEmpty();
    }

    /** A product or service sold: price and variable cost per unit, volume in year 1 and its yearly growth. */
    public record Product(
            @NotBlank(message = "{bizplan.error.name}") @Size(max = 200) String name,
            @Size(max = 40) String unit,
            @NotNull(message = "{bizplan.error.amount}") @DecimalMin(value = "0", message = "{bizplan.error.amount}")
            BigDecimal unitPrice,
            @NotNull(message = "{bizplan.error.volume}") @DecimalMin(value = "0", message = "{bizplan.error.volume}")
            BigDecimal volumeYear1,
            @NotNull(message = "{bizplan.error.growth}") @DecimalMin(value = "-100", inclusive = false,
                    message = "{bizplan.error.growth}") @DecimalMax(value = "100", inclusive = false,
                    message = "{bizplan.error.growth}") BigDecimal growthPercent,
            @NotNull(message = "{bizplan.error.amount}") @DecimalMin(value = "0", message = "{bizplan.error.amount}")
            BigDecimal variableCostPerUnit,
            @Size(max = 12, min = 12, message = "{bizplan.error.seasonality}")
            List<@NotNull @DecimalMin(value = "0", message = "{bizplan.error.seasonality}") BigDecimal> seasonality) {
    }

    public enum FixedCostKind {
        SALARIES, RENT, UTILITIES, TRANSPORT, MARKETING, OTHER
    }

    /** A cost paid whatever is sold (salaries of the jobs, rent, utilities…), growing with inflation. */
    public record FixedCost(
            @NotBlank(message = "{bizplan.error.name}") @Size(max = 200) String label,
            @NotNull FixedCostKind kind,
            @NotNull(message = "{bizplan.error.amount}") @DecimalMin(value = "0", message = "{bizplan.error.amount}")
            BigDecimal amountPerYear,
            @NotNull(message = "{bizplan.error.growth}") @DecimalMin(value = "-100", inclusive = false,
                    message = "{bizplan.error.growth}") @DecimalMax(value = "100", inclusive = false,
                    message = "{bizplan.error.growth}") BigDecimal inflationPercent,
            @Min(value = 0, message = "{bizplan.error.jobs}") Integer jobs) {
    }

    /** Equipment or works bought in {@code year}, depreciated in a straight line down to its residual value. */
    public record Investment(
            @NotBlank(message = "{bizplan.error.name}") @Size(max = 200) String item,
            @NotNull(message = "{bizplan.error.amount}") @DecimalMin(value = "0", message = "{bizplan.error.amount}")
            BigDecimal amount,
            @NotNull @Min(value = 0, message = "{bizplan.error.investmentYear}")
            @Max(value = 10, message = "{bizplan.error.investmentYear}") Integer year,
            @NotNull(message = "{bizplan.error.life}") @Min(value = 1, message = "{bizplan.error.life}")
            @Max(value = 50, message = "{bizplan.error.life}") Integer usefulLifeYears,
            @NotNull(message = "{bizplan.error.amount}") @DecimalMin(value = "0", message = "{bizplan.error.amount}")
            BigDecimal residualValue) {

        @AssertTrue(message = "{bizplan.error.residual}")
        public boolean isResidualWithinAmount() {
            return amount == null || residualValue == null || residualValue.compareTo(amount) <= 0;
        }
    }

    /** Days of sales customers take to pay, days of stock held, days suppliers give. */
    public record WorkingCapital(
            @NotNull @Min(value = 0, message = "{bizplan.error.days}") @Max(value = 365, message = "{bizplan.error.days}")
            Integer customerDays,
            @NotNull @Min(value = 0, message = "{bizplan.error.days}") @Max(value = 365, message = "{bizplan.error.days}")
            Integer stockDays,
            @NotNull @Min(value = 0, message = "{bizplan.error.days}") @Max(value = 365, message = "{bizplan.error.days}")
            Integer supplierDays) {
    }

    /** Where the money comes from, all received in year 0. */
    public record Financing(
            @NotNull(message = "{bizplan.error.amount}") @DecimalMin(value = "0", message = "{bizplan.error.amount}")
            BigDecimal grant,
            @NotNull(message = "{bizplan.error.amount}") @DecimalMin(value = "0", message = "{bizplan.error.amount}")
            BigDecimal ownCash,
            @NotNull(message = "{bizplan.error.amount}") @DecimalMin(value = "0", message = "{bizplan.error.amount}")
            BigDecimal ownInKind,
            @Valid Loan loan) {
    }

    public enum Repayment {
        ANNUITY, CONSTANT_AMORTISATION
    }

    /** A loan drawn in year 0 and repaid from year 1, interest only during the grace years. */
    public record Loan(
            @NotNull(message = "{bizplan.error.amount}") @DecimalMin(value = "0", message = "{bizplan.error.amount}")
            BigDecimal principal,
            @NotNull(message = "{bizplan.error.rate}") @DecimalMin(value = "0", message = "{bizplan.error.rate}")
            @DecimalMax(value = "100", inclusive = false, message = "{bizplan.error.rate}") BigDecimal annualRatePercent,
            @NotNull(message = "{bizplan.error.term}") @Min(value = 1, message = "{bizplan.error.term}")
            @Max(value = 30, message = "{bizplan.error.term}") Integer termYears,
            @NotNull @Min(value = 0, message = "{bizplan.error.grace}") Integer graceYears,
            @NotNull Repayment repayment) {

        @AssertTrue(message = "{bizplan.error.grace}")
        public boolean isGraceWithinTerm() {
            return graceYears == null || termYears == null || graceYears < termYears;
        }
    }
}
