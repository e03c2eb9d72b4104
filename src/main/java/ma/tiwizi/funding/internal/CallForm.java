package ma.tiwizi.funding.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ma.tiwizi.funding.rules.FundingRules;
import ma.tiwizi.funding.rules.TranchePlan;
import ma.tiwizi.platform.Morocco;
import org.springframework.format.annotation.DateTimeFormat;

/** What an administrator types to publish a call. Dates and times are Casablanca time. */
public record CallForm(
        @NotBlank(message = "{funding.error.title}") @Size(max = 200, message = "{funding.error.title}") String title,
        @NotNull(message = "{funding.error.axis}") Axis axis,
        @NotNull(message = "{funding.error.dateTime}") @DateTimeFormat(pattern = "dd/MM/yyyy HH:mm")
        LocalDateTime opensAt,
        @NotNull(message = "{funding.error.dateTime}") @DateTimeFormat(pattern = "dd/MM/yyyy HH:mm")
        LocalDateTime closesAt,
        @NotNull(message = "{funding.error.budget}") @DecimalMin(value = "0.01", message = "{funding.error.budget}")
        BigDecimal budget,
        Set<Long> communes,
        Set<String> legalForms,
        @Min(value = 1, message = "{funding.error.years}") @Max(value = 50, message = "{funding.error.years}")
        Integer maxAgeYears,
        @DecimalMin(value = "0", message = "{funding.error.percent}")
        @DecimalMax(value = "100", message = "{funding.error.percent}") BigDecimal minWomenYouthPercent,
        @Min(value = 1, message = "{funding.error.members}") Integer minMembers,
        Boolean noOpenFundedProject,
        @NotNull(message = "{funding.error.percent}") @DecimalMin(value = "0", message = "{funding.error.percent}")
        @DecimalMax(value = "100", message = "{funding.error.percent}") BigDecimal maxPublicSharePercent,
        @NotNull(message = "{funding.error.budget}") @DecimalMin(value = "0", message = "{funding.error.budget}")
        BigDecimal maxPublicAmount,
        @NotNull(message = "{funding.error.percent}") @DecimalMin(value = "0", message = "{funding.error.percent}")
        @DecimalMax(value = "100", message = "{funding.error.percent}") BigDecimal minOwnSharePercent,
        @NotNull(message = "{funding.error.percent}") @DecimalMin(value = "0", message = "{funding.error.percent}")
        @DecimalMax(value = "100", message = "{funding.error.percent}") BigDecimal maxInKindSharePercent,
        List<RequiredDocument> documents,
        Set<RequiredDocument> mandatoryDocuments,
        boolean published,
        @Pattern(regexp = "^$|\\s*\\d+(\\.\\d+)?([\\s,;]+\\d+(\\.\\d+)?)*\\s*",
                message = "{funding.error.tranchePlan}") String tranchePlan,
        String gridWeights,
        Integer version,
        Long trainingProgramme) {

    /** Without the training rule (most calls and tests). */
    public CallForm(String title, Axis axis, LocalDateTime opensAt, LocalDateTime closesAt, BigDecimal budget,
            Set<Long> communes, Set<String> legalForms, Integer maxAgeYears, BigDecimal minWomenYouthPercent,
            Integer minMembers, Boolean noOpenFundedProject, BigDecimal maxPublicSharePercent,
            BigDecimal maxPublicAmount, BigDecimal minOwnSharePercent, BigDecimal maxInKindSharePercent,
            List<RequiredDocument> documents, Set<RequiredDocument> mandatoryDocuments, boolean published,
            String tranchePlan, String gridWeights, Integer version) {
        this(title, axis, opensAt, closesAt, budget, communes, legalForms, maxAgeYears, minWomenYouthPercent,
                minMembers, noOpenFundedProject, maxPublicSharePercent, maxPublicAmount, minOwnSharePercent,
                maxInKindSharePercent, documents, mandatoryDocuments, published, tranchePlan, gridWeights, version,
                null);
    }


    /** Five whole positive weights, one per criterion, adding up to 100. */
    @AssertTrue(message = "{funding.error.grid}")
    public boolean isGridValid() {
        if (gridWeights == null || gridWeights.isBlank()) {
            return true;
        }
        try {
            var weights = Arrays.stream(gridWeights.strip().split("[\\s,;]+")).mapToInt(Integer::parseInt)
                    .toArray();
            return weights.length == Criterion.values().length && Arrays.stream(weights).allMatch(w -> w > 0)
                    && Arrays.stream(weights).sum() == 100;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The tranche percentages must add up to 100, each positive. */
    @AssertTrue(message = "{funding.error.tranchePlan}")
    public boolean isTranchePlanValid() {
        if (tranchePlan == null || tranchePlan.isBlank()) {
            return true;
        }
        try {
            new TranchePlan(Arrays.stream(tranchePlan.strip().split("[\\s,;]+"))
                    .map(BigDecimal::new).toList());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @AssertTrue(message = "{funding.error.closesBeforeOpens}")
    public boolean isClosesAfterOpens() {
        return opensAt == null || closesAt == null || closesAt.isAfter(opensAt);
    }

    Instant opensAtInstant() {
        return opensAt.atZone(Morocco.ZONE).toInstant();
    }

    Instant closesAtInstant() {
        return closesAt.atZone(Morocco.ZONE).toInstant();
    }

    /** A new call with the INDH defaults: the ESS axis, every document mandatory, 30 % women and youth. */
    public static CallForm defaults(LocalDateTime now) {
        var rules = FundingRules.INDH;
        return new CallForm("", Axis.SOLIDARITY_ECONOMY, now.withHour(9).withMinute(0).plusDays(1),
                now.withHour(16).withMinute(30).plusDays(31), null, Set.of(), Set.of("COOPERATIVE", "UNION"), null,
                new BigDecimal("30"), null, true, rules.maxPublicSharePercent(), rules.maxPublicAmount(),
                rules.minOwnSharePercent(), rules.maxInKindShareOfOwnPercent(), RequiredDocument.forApplications(),
                EnumSet.copyOf(RequiredDocument.forApplications()), false, "40 40 20", "20 30 20 15 15", null);
    }

    public static CallForm of(CallView call) {
        return new CallForm(call.title(), call.axis(), call.opensAt().atZone(Morocco.ZONE).toLocalDateTime(),
                call.closesAt().atZone(Morocco.ZONE).toLocalDateTime(), call.budget(), call.communes(),
                call.legalForms(), call.eligibility().maxAgeYears(), call.eligibility().minWomenYouthSharePercent(),
                call.eligibility().minMembers(), call.eligibility().noOpenFundedProject(),
                call.fundingRules().maxPublicSharePercent(),
                call.fundingRules().maxPublicAmount(), call.fundingRules().minOwnSharePercent(),
                call.fundingRules().maxInKindShareOfOwnPercent(),
                call.documents().stream().map(CallView.Document::code).toList(),
                call.documents().stream().filter(CallView.Document::mandatory).map(CallView.Document::code)
                        .collect(Collectors.toSet()),
                call.published(), String.join(" ", call.tranchePlan().percents().stream()
                        .map(p -> p.stripTrailingZeros().toPlainString()).toList()),
                String.join(" ", Arrays.stream(Criterion.values())
                        .map(c -> String.valueOf(call.grid().get(c))).toList()), call.version(),
                call.eligibility().trainingProgramme());
    }
}
