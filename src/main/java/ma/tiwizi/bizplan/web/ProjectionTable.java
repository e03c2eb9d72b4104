package ma.tiwizi.bizplan.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import ma.tiwizi.bizplan.engine.Evaluation;
import ma.tiwizi.bizplan.engine.Evaluation.YearProjection;

/** The projections as the page and the PDF show them: one row per figure, one column per year. */
public final class ProjectionTable {

    /** A figure over the years; {@code strong} rows are the ones a funder reads first. */
    public record Row(String labelKey, List<BigDecimal> values, boolean strong) {
    }

    private ProjectionTable() {
    }

    public static List<Row> of(Evaluation evaluation) {
        List<YearProjection> years = evaluation.years();
        return List.of(
                row("revenue", years, YearProjection::revenue, true),
                row("variableCosts", years, YearProjection::variableCosts, false),
                row("grossMargin", years, YearProjection::grossMargin, false),
                row("fixedCosts", years, YearProjection::fixedCosts, false),
                row("ebitda", years, YearProjection::ebitda, true),
                row("depreciation", years, YearProjection::depreciation, false),
                row("interest", years, YearProjection::interest, false),
                row("tax", years, YearProjection::tax, false),
                row("netResult", years, YearProjection::netResult, true),
                row("caf", years, YearProjection::selfFinancingCapacity, false),
                row("workingCapitalNeed", years, YearProjection::workingCapitalNeed, false),
                row("changeInWorkingCapital", years, YearProjection::changeInWorkingCapital, false),
                row("operatingCashFlow", years, YearProjection::operatingCashFlow, false),
                row("investment", years, YearProjection::investment, false),
                row("financingInflow", years, YearProjection::financingInflow, false),
                row("loanRepayment", years, YearProjection::loanRepayment, false),
                row("netCashFlow", years, YearProjection::netCashFlow, false),
                row("cumulativeCash", years, YearProjection::cumulativeCash, true),
                row("projectCashFlow", years, YearProjection::projectCashFlow, false));
    }

    /** The first {@code count} rows, for the one-page summary. */
    public static List<Row> summary(Evaluation evaluation) {
        var all = of(evaluation);
        return List.of(all.get(0), all.get(4), all.get(8), all.get(9), all.get(17));
    }

    /** Comma-separated values for a chart's data attribute (Latin digits, dot decimals). */
    public static String series(Evaluation evaluation, Function<YearProjection, BigDecimal> figure) {
        return String.join(",", evaluation.years().stream().map(figure).map(BigDecimal::toPlainString).toList());
    }

    private static Row row(String key, List<YearProjection> years, Function<YearProjection, BigDecimal> figure,
            boolean strong) {
        return new Row("bizplan.row." + key, years.stream().map(figure).toList(), strong);
    }
}
