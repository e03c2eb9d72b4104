package ma.tiwizi.market.shops;

import java.util.Locale;

/** Words in three languages that fall back on each other. */
public final class Texts {

    private Texts() {
    }

    /** The text in the reader's language; when empty, Arabic, then French, then English. */
    public static String inLanguage(Locale locale, String ar, String fr, String en) {
        String wanted = switch (locale.getLanguage()) {
            case "ar" -> ar;
            case "fr" -> fr;
            default -> en;
        };
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        for (String candidate : new String[] {ar, fr, en}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

}
