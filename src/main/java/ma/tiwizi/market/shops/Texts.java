package ma.tiwizi.market.shops;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ma.tiwizi.platform.text.SearchText;

/** Words in three languages that fall back on each other, and the folded key the storefront searches. */
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

    public static String searchKey(String... texts) {
        return SearchText.key(texts);
    }

}
