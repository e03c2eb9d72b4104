package ma.tiwizi.bizplan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ma.tiwizi.bizplan.engine.PlanInput;
import ma.tiwizi.bizplan.engine.PlanInput.FixedCostKind;
import ma.tiwizi.bizplan.engine.PlanInput.Repayment;

/**
 * The business-plan form: a fixed number of rows per list (empty rows are ignored), every field as typed. Turns into
 * the engine's {@link PlanInput}, remembering which form row each input row came from so errors land beside the right
 * field.
 */
public record PlanForm(
        @NotBlank(message = "{bizplan.error.title}") @Size(max = 200, message = "{bizplan.error.title}") String title,
        Integer horizonYears,
        List<ProductRow> products,
        List<CostRow> fixedCosts,
        List<InvestmentRow> investments,
        Integer customerDays, Integer stockDays, Integer supplierDays,
        BigDecimal grant, BigDecimal ownCash, BigDecimal ownInKind,
        BigDecimal loanPrincipal, BigDecimal loanRatePercent, Integer loanTermYears, Integer loanGraceYears,
        Repayment loanRepayment,
        BigDecimal taxRatePercent, Integer taxExemptYears, BigDecimal discountRatePercent,
        Integer version) {

    public static final int PRODUCT_ROWS = 5;
    public static final int COST_ROWS = 6;
    public static final int INVESTMENT_ROWS = 4;

    /** {@code seasonality}: optional, twelve monthly shares of the year's sales, January first ("0 0 0 … 50 50"). */
    public record ProductRow(String name, String unit, BigDecimal unitPrice, BigDecimal volumeYear1,
            BigDecimal growthPercent, BigDecimal variableCostPerUnit, String seasonality) {
        boolean blank() {
            return isBlank(name) && isBlank(unit) && unitPrice == null && volumeYear1 == null && growthPercent == null
                    && variableCostPerUnit == null && isBlank(seasonality);
        }

        /** The twelve weights, or null when empty; anything unreadable gives a list the validator refuses. */
        List<BigDecimal> weights() {
            if (isBlank(seasonality)) {
                return null;
            }
            try {
                return Arrays.stream(seasonality.strip().split("[\\s,;]+")).map(BigDecimal::new).toList();
            } catch (NumberFormatException e) {
                return List.of(BigDecimal.ONE.negate());
            }
        }

        static String typed(List<BigDecimal> weights) {
            return weights == null ? null : String.join(" ", weights.stream().map(BigDecimal::toPlainString).toList());
        }
    }

    public record CostRow(String label, FixedCostKind kind, BigDecimal amountPerYear, BigDecimal inflationPercent,
            Integer jobs) {
        boolean blank() {
            return isBlank(label) && amountPerYear == null && inflationPercent == null && jobs == null;
        }
    }

    public record InvestmentRow(String item, BigDecimal amount, Integer year, Integer usefulLifeYears,
            BigDecimal residualValue) {
        boolean blank() {
            return isBlank(item) && amount == null && year == null && usefulLifeYears == null && residualValue == null;
        }
    }

    /** A new plan with sensible Moroccan defaults: 5 years, 20 % corporate tax, 8 % discount rate. */
    public static PlanForm blank() {
        return new PlanForm("", 5, List.of(), List.of(), List.of(), 30, 30, 30, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, null, null, Repayment.ANNUITY, new BigDecimal("20"), 0,
                new BigDecimal("8"), null).padded();
    }

    /** The same form with empty rows added up to the number the page shows. */
    public PlanForm padded() {
        return new PlanForm(title, horizonYears, pad(products, PRODUCT_ROWS, () -> new ProductRow(null, null, null,
                null, null, null, null)), pad(fixedCosts, COST_ROWS, () -> new CostRow(null, FixedCostKind.OTHER, null, null,
                null)), pad(investments, INVESTMENT_ROWS, () -> new InvestmentRow(null, null, null, null, null)),
                customerDays, stockDays, supplierDays, grant, ownCash, ownInKind, loanPrincipal, loanRatePercent,
                loanTermYears, loanGraceYears, loanRepayment, taxRatePercent, taxExemptYears, discountRatePercent,
                version);
    }

    public static PlanForm of(String title, PlanInput input, int version) {
        var loan = input.financing().loan();
        return new PlanForm(title, input.horizonYears(),
                input.products().stream().map(p -> new ProductRow(p.name(), p.unit(), p.unitPrice(), p.volumeYear1(),
                        p.growthPercent(), p.variableCostPerUnit(), ProductRow.typed(p.seasonality()))).toList(),
                input.fixedCostsOrEmpty().stream().map(c -> new CostRow(c.label(), c.kind(), c.amountPerYear(),
                        c.inflationPercent(), c.jobs())).toList(),
                input.investmentsOrEmpty().stream().map(i -> new InvestmentRow(i.item(), i.amount(), i.year(),
                        i.usefulLifeYears(), i.residualValue())).toList(),
                input.workingCapital().customerDays(), input.workingCapital().stockDays(),
                input.workingCapital().supplierDays(), input.financing().grant(), input.financing().ownCash(),
                input.financing().ownInKind(), loan == null ? null : loan.principal(),
                loan == null ? null : loan.annualRatePercent(), loan == null ? null : loan.termYears(),
                loan == null ? null : loan.graceYears(), loan == null ? Repayment.ANNUITY : loan.repayment(),
                input.taxRatePercent(), input.taxExemptYears(), input.discountRatePercent(), version).padded();
    }

    /** The engine's input, and for each of its list paths (products[0]) the form path it came from (products[2]). */
    public record Converted(PlanInput input, Map<String, String> paths) {
    }

    public Converted toInput() {
        Map<String, String> paths = new LinkedHashMap<>();
        List<PlanInput.Product> productInputs = new ArrayList<>();
        List<ProductRow> productRows = rows(products);
        for (int i = 0; i < productRows.size(); i++) {
            ProductRow row = productRows.get(i);
            if (row != null && !row.blank()) {
                paths.put("products[" + productInputs.size() + "]", "products[" + i + "]");
                productInputs.add(new PlanInput.Product(row.name(), row.unit(), row.unitPrice(), row.volumeYear1(),
                        orZero(row.growthPercent()), row.variableCostPerUnit(), row.weights()));
            }
        }
        List<PlanInput.FixedCost> costInputs = new ArrayList<>();
        List<CostRow> costRows = rows(fixedCosts);
        for (int i = 0; i < costRows.size(); i++) {
            CostRow row = costRows.get(i);
            if (row != null && !row.blank()) {
                paths.put("fixedCosts[" + costInputs.size() + "]", "fixedCosts[" + i + "]");
                costInputs.add(new PlanInput.FixedCost(row.label(), row.kind() == null ? FixedCostKind.OTHER
                        : row.kind(), row.amountPerYear(), orZero(row.inflationPercent()), row.jobs()));
            }
        }
        List<PlanInput.Investment> investmentInputs = new ArrayList<>();
        List<InvestmentRow> investmentRows = rows(investments);
        for (int i = 0; i < investmentRows.size(); i++) {
            InvestmentRow row = investmentRows.get(i);
            if (row != null && !row.blank()) {
                paths.put("investments[" + investmentInputs.size() + "]", "investments[" + i + "]");
                investmentInputs.add(new PlanInput.Investment(row.item(), row.amount(),
                        row.year() == null ? 0 : row.year(), row.usefulLifeYears(), orZero(row.residualValue())));
            }
        }
        PlanInput.Loan loan = loanPrincipal == null || loanPrincipal.signum() == 0 ? null
                : new PlanInput.Loan(loanPrincipal, loanRatePercent, loanTermYears,
                        loanGraceYears == null ? 0 : loanGraceYears,
                        loanRepayment == null ? Repayment.ANNUITY : loanRepayment);
        var input = new PlanInput(horizonYears, productInputs, costInputs, investmentInputs,
                new PlanInput.WorkingCapital(orZero(customerDays), orZero(stockDays), orZero(supplierDays)),
                new PlanInput.Financing(orZero(grant), orZero(ownCash), orZero(ownInKind), loan),
                taxRatePercent, taxExemptYears == null ? 0 : taxExemptYears, discountRatePercent);
        return new Converted(input, paths);
    }

    /** The form field an engine validation path points at: products[0].unitPrice may be products[2].unitPrice. */
    public static String formPath(String inputPath, Map<String, String> paths) {
        String path = inputPath;
        for (var entry : paths.entrySet()) {
            if (path.startsWith(entry.getKey() + ".") || path.equals(entry.getKey())) {
                path = entry.getValue() + path.substring(entry.getKey().length());
                break;
            }
        }
        return path.replace("workingCapital.", "").replace("financing.loan.principal", "loanPrincipal")
                .replace("financing.loan.annualRatePercent", "loanRatePercent")
                .replace("financing.loan.termYears", "loanTermYears")
                .replace("financing.loan.graceYears", "loanGraceYears")
                .replace("financing.loan.graceWithinTerm", "loanGraceYears")
                .replace("financing.", "").replace(".residualWithinAmount", ".residualValue");
    }

    private static <T> List<T> rows(List<T> rows) {
        return rows == null ? List.of() : rows;
    }

    private static <T> List<T> pad(List<T> rows, int size, Supplier<T> empty) {
        List<T> padded = new ArrayList<>(rows == null ? List.of() : rows);
        while (padded.size() < size) {
            padded.add(empty.get());
        }
        return padded;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static Integer orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
