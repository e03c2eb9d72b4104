package ma.tiwizi.platform.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Moroccan phone numbers (ANRT plan): nine significant digits after +212, starting with 5 (fixed), 6 or 7 (mobile)
 * or 8 (special services). Accepts what people type — 06 12 34 56 78, 0612-345678, +212 612345678, 00212… — and
 * stores the international form +212612345678.
 */
public final class MoroccanPhone {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/\\u00A0]");
    private static final Pattern NATIONAL = Pattern.compile("0([5-8]\\d{8})");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|00)?212\\s*0?([5-8]\\d{8})");

    private MoroccanPhone() {
    }

    /** The number as +212XXXXXXXXX, or empty when it is not a Moroccan number. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(SearchText.normalize(typed)).replaceAll("");
        var national = NATIONAL.matcher(digits);
        if (national.matches()) {
            return Optional.of("+212" + national.group(1));
        }
        var international = INTERNATIONAL.matcher(digits);
        if (international.matches()) {
            return Optional.of("+212" + international.group(1));
        }
        return Optional.empty();
    }

    /** A Moroccan mobile number (06…, 07…: one that can receive an SMS) as +212XXXXXXXXX, or empty. */
    public static Optional<String> mobile(String typed) {
        return normalize(typed).filter(n -> n.startsWith("+2126") || n.startsWith("+2127"));
    }

    public static boolean isValid(String typed) {
        return normalize(typed).isPresent();
    }

    /** For display and spreadsheets: 06 12 34 56 78. */
    public static String national(String international) {
        if (international == null || !international.startsWith("+212") || international.length() != 13) {
            return international == null ? "" : international;
        }
        String n = "0" + international.substring(4);
        return n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " " + n.substring(6, 8) + " "
                + n.substring(8, 10);
    }
}
