package ma.tiwizi.administration.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Who runs the cooperative (arts. 47, 48, 50–52, 65): a board is required when the cooperative had more than 50
 * members at the close of the year, or a turnover above 5,000,000 MAD two years in a row; otherwise up to three
 * managers may run it. A board has 3 to 12 directors, a multiple of 3, elected for 3 years, a third renewed each year.
 */
public final class Governance {

    public static final int MEMBERS_REQUIRING_A_BOARD = 50;
    public static final BigDecimal TURNOVER_REQUIRING_A_BOARD = new BigDecimal("5000000");
    public static final int MAX_MANAGERS = 3;
    public static final int MANDATE_YEARS = 3;

    private Governance() {
    }

    /** Whether the law requires a board, from the members at the last year-end and the last two turnovers. */
    public static boolean boardRequired(int membersAtYearEnd, BigDecimal turnoverLastYear,
            BigDecimal turnoverYearBefore) {
        return membersAtYearEnd > MEMBERS_REQUIRING_A_BOARD
                || turnoverLastYear != null && turnoverYearBefore != null
                        && turnoverLastYear.compareTo(TURNOVER_REQUIRING_A_BOARD) > 0
                        && turnoverYearBefore.compareTo(TURNOVER_REQUIRING_A_BOARD) > 0;
    }

    public static List<Breach> checkBoard(int directors) {
        return directors < 3 || directors > 12 || directors % 3 != 0
                ? List.of(Breach.of("boardSize", directors)) : List.of();
    }

    public static List<Breach> checkManagers(int managers) {
        return managers < 1 || managers > MAX_MANAGERS ? List.of(Breach.of("managers", managers, MAX_MANAGERS))
                : List.of();
    }

    /** Directors whose seats come up at each annual assembly. */
    public static int renewedEachYear(int directors) {
        return directors / 3;
    }

    /** A director's or manager's mandate ends at the assembly three years after the election. */
    public static LocalDate mandateEnds(LocalDate electedOn) {
        return electedOn.plusYears(MANDATE_YEARS);
    }
}
