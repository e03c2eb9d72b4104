package ma.tiwizi.platform.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names to one searchable form so that a search finds a name however it is spelled: Arabic without tashkeel or
 * tatweel, every alef with hamza or madda as a bare alef, ta marbuta as ha, alef maqsura as ya, hamza on waw or ya as
 * the bare letter, Arabic-Indic digits as Latin digits; Latin in lower case without accents. The same function folds
 * what is stored and what is searched for.
 */
public final class SearchText {

    /** Tashkeel (fathatan to sukun, the Quranic marks) and the superscript alef. */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED]");
    private static final Pattern LATIN_MARKS = Pattern.compile("\\p{M}+");
    private static final char TATWEEL = '\u0640';
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^@.]]");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = ARABIC_MARKS.matcher(text).replaceAll("");
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char folded = fold(s.charAt(i));
            if (folded != TATWEEL) {
                out.append(folded);
            }
        }
        s = Normalizer.normalize(out.toString(), Normalizer.Form.NFD);
        s = LATIN_MARKS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The words of a search, each of which must appear in a match. */
    public static List<String> terms(String query) {
        String normalized = normalize(query);
        if (normalized.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalized.split(" ")).filter(t -> !t.isBlank()).distinct().toList();
    }

    private static char fold(char c) {
        return switch (c) {
            case TATWEEL -> TATWEEL; // dropped by the caller
            case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> '\u0627'; // أ إ آ ٱ -> ا
            case '\u0629' -> '\u0647'; // ة -> ه
            case '\u0649' -> '\u064A'; // ى -> ي
            case '\u0624' -> '\u0648'; // ؤ -> و
            case '\u0626' -> '\u064A'; // ئ -> ي
            case '\u06CC' -> '\u064A'; // Farsi ya
            case '\u06A9' -> '\u0643'; // keheh -> kaf
            case '\u06AF' -> '\u0643'; // gaf, used for the Amazigh g in place names -> kaf
            default -> {
                if (c >= '\u0660' && c <= '\u0669') {
                    yield (char) ('0' + (c - '\u0660'));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    yield (char) ('0' + (c - '\u06F0'));
                }
                yield c;
            }
        };
    }
}
