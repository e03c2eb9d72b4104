package ma.tiwizi.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The derived facts of a cooperative, never typed by anyone (written out in docs/registry-rules.md):
 * <ul>
 * <li>women-led: its president is a woman;</li>
 * <li>youth-led: its president is under 35 this year (this year minus year of birth is less than 35);</li>
 * <li>newly created: created at most 4 years ago (the ODCO Mourafaka rule);</li>
 * <li>share of women + youth members: (women + men under 35) / all members, the INDH eligibility measure (more than
 * 30 %); each young woman is counted once.</li>
 * </ul>
 */
public final class RegistryRules {

    public static final int YOUTH_UNDER = 35;
    public static final int NEW_FOR_YEARS = 4;

    private RegistryRules() {
    }

    public static boolean womenLed(Sex presidentSex) {
        return presidentSex == Sex.F;
    }

    public static boolean youthLed(Integer presidentBirthYear, LocalDate today) {
        return presidentBirthYear != null && today.getYear() - presidentBirthYear < YOUTH_UNDER;
    }

    /** Presidents born after this year are young in {@code today}'s year. */
    public static int youngestNotYouthBirthYear(LocalDate today) {
        return today.getYear() - YOUTH_UNDER;
    }

    public static boolean newlyCreated(LocalDate createdOn, LocalDate today) {
        return createdOn != null && !createdOn.isBefore(newSince(today));
    }

    public static LocalDate newSince(LocalDate today) {
        return today.minusYears(NEW_FOR_YEARS);
    }

    /** Between 0 and 1 with four decimals, or null for a cooperative without members on record. */
    public static BigDecimal womenAndYouthShare(int women, int men, int menUnder35) {
        int total = women + men;
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(women + (long) menUnder35).divide(BigDecimal.valueOf(total), 4,
                RoundingMode.HALF_UP);
    }
}
