package ma.tiwizi.bizplan.engine;

import java.math.BigDecimal;
import java.util.List;
import ma.tiwizi.bizplan.engine.PlanInput.FixedCost;
import ma.tiwizi.bizplan.engine.PlanInput.FixedCostKind;
import ma.tiwizi.bizplan.engine.PlanInput.Financing;
import ma.tiwizi.bizplan.engine.PlanInput.Investment;
import ma.tiwizi.bizplan.engine.PlanInput.Loan;
import ma.tiwizi.bizplan.engine.PlanInput.Product;
import ma.tiwizi.bizplan.engine.PlanInput.WorkingCapital;

/** Plans the tests share. */
public final class SamplePlans {

    private SamplePlans() {
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * A saffron cooperative: 20 kg a year at 30,000 MAD/kg growing 10 %, 8,000 MAD/kg of variable cost, 250,000 MAD
     * of fixed costs, a 200,000 MAD drying room over 10 years, a grant and a small loan.
     */
    public static PlanInput saffron(Loan loan) {
        return new PlanInput(5,
                List.of(new Product("زعفران", "kg", d("30000"), d("20"), d("10"), d("8000"), null)),
                List.of(new FixedCost("أجور", FixedCostKind.SALARIES, d("200000"), d("3"), 4),
                        new FixedCost("كراء", FixedCostKind.RENT, d("50000"), d("0"), null)),
                List.of(new Investment("غرفة التجفيف", d("200000"), 0, 10, d("0"))),
                new WorkingCapital(30, 60, 30),
                new Financing(d("120000"), d("40000"), d("40000"), loan),
                d("20"), 0, d("8"));
    }

}
