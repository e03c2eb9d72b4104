package ma.tiwizi.bizplan.engine;

import java.math.BigDecimal;

/** What a funder asks of a plan; set by the committee. */
public record Thresholds(BigDecimal minDscr, BigDecimal minCash, boolean requirePositiveNpv, Integer maxPaybackYears) {

    public static final Thresholds DEFAULTS = new Thresholds(new BigDecimal("1.2"), BigDecimal.ZERO, true, null);
}
