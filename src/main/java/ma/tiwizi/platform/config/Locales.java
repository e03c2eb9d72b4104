package ma.tiwizi.platform.config;

import java.util.List;
import java.util.Locale;

/** The languages Tiwizi speaks, Arabic first. */
public final class Locales {

    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ARABIC, FRENCH, ENGLISH);

    private Locales() {
    }

    public static boolean isSupported(String language) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(language));
    }

    /** Any locale Tiwizi does not speak falls back to Arabic. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ARABIC;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(ARABIC);
    }

    /** Of a text kept in the three languages, the one the reader reads (English for any other). */
    public static <T> T pick(Locale locale, T arabic, T french, T english) {
        return switch (locale.getLanguage()) {
            case "ar" -> arabic;
            case "fr" -> french;
            default -> english;
        };
    }
}
