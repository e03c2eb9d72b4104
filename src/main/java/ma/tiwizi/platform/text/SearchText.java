package ma.tiwizi.platform.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds names to one searchable form so that a search finds a name however it is spelled: Arabic without tashkeel or
 * tatweel, every alef with hamza or madda as a bare alef, ta marbuta as ha, alef maqsura as ya, hamza on waw or ya as
 * the bare letter, Arabic-Indic digits as Latin digits; Latin in lower case without accents. The same function folds
 * what is stored and what is searched for.
 *
 * <p>The words of a search are also reduced to their light stem (Lucene's Arabic stemmer: attached particles such as
 * و، ف، ب، ك، ل with the article, لل, the article itself, and common suffixes), so that {@code الزعفران} finds
 * {@code للزعفران}: keys hold the stems of their words too, and a search word matches as typed or by its stem.
 */
public final class SearchText {

    /** Tashkeel (fathatan to sukun, the Quranic marks) and the superscript alef. */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED]");
    private static final Pattern LATIN_MARKS = Pattern.compile("\\p{M}+");
    private static final char TATWEEL = '\u0640';
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");
    /** Lucene's Arabic light stemmer over one word (the analyzer keeps one stream per thread). */
    private static final Analyzer STEMMER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new WhitespaceTokenizer();
            return new TokenStreamComponents(words, new ArabicStemFilter(words));
        }
    };
    /** و or ف, then ب، ك or ل with the article, or لل, then at least three letters. */
    private static final Pattern CONJUNCTION_BEFORE_PARTICLE = Pattern.compile(
            "[\\u0648\\u0641](?:[\\u0628\\u0643\\u0644]\\u0627\\u0644|\\u0644\\u0644)\\p{L}{3}");
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

    /**
     * What is stored to be searched: the folded texts, then the stems of their Arabic words where they differ, between
     * spaces so that every word of the key is whole between two spaces (see {@link #wordCondition}).
     */
    public static String key(String... texts) {
        String folded = Arrays.stream(texts).map(SearchText::normalize).filter(t -> !t.isEmpty())
                .collect(Collectors.joining(" "));
        String stems = Arrays.stream(folded.split(" ")).filter(w -> !w.isEmpty() && !stem(w).equals(w))
                .map(SearchText::stem).distinct().collect(Collectors.joining(" "));
        return " " + (stems.isEmpty() ? folded : folded + " " + stems) + " ";
    }

    /** The words of a search, folded, each of which must match. */
    public static List<String> terms(String query) {
        String normalized = normalize(query);
        if (normalized.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalized.split(" ")).filter(t -> !t.isBlank()).distinct().toList();
    }

    /**
     * The SQL condition that one search word matches the key held in {@code column}: the word anywhere, as typed
     * (so a word being typed already finds; a word of one or two letters at the start of a word), or its stem as a whole word of the key (so {@code الزعفران} finds
     * {@code للزعفران}, whose stem the key holds, while {@code الأمل} does not find {@code أملو}). Its parameters
     * come from {@link #wordParameters} (the stem's may go unused).
     */
    public static String wordCondition(String column, String param, String word) {
        // a word that is its own stem (Latin, digits, most short Arabic words) needs one comparison: a whole word
        // is a part of the text
        return stem(word).equals(word) ? column + " like :" + param + "_typed"
                : "(" + column + " like :" + param + "_typed or " + column + " like :" + param + "_stem)";
    }

    public static Map<String, Object> wordParameters(String param, String word) {
        return Map.of(param + "_typed", typed(word), param + "_stem", "% " + literal(stem(word)) + " %");
    }

    /** Below this length a word matches only at the start of a word of the key: {@code 12} finds 12 and 120. */
    static final int SHORTEST_INSIDE_WORD = 3;

    /**
     * The pattern of a word as typed: anywhere in the key, or, for a word too short to mean anything inside another
     * ({@code 12} inside 312 or 2012, {@code ال} inside every name), at the start of one of its words. Every word of
     * a key follows a space, and the trigram index serves such a pattern, which it cannot for two letters anywhere.
     */
    private static String typed(String word) {
        return (word.length() < SHORTEST_INSIDE_WORD ? "% " : "%") + literal(word) + "%";
    }

    /** Folded words hold no LIKE wildcard (they are punctuation), but a key must never depend on it. */
    private static String literal(String word) {
        return word.replace("\\", "").replace("%", "").replace("_", "");
    }

    /**
     * The light stem of one folded word; words without Arabic letters are kept as they are. The stemmer takes off one
     * prefix, so a conjunction before a particle ({@code وبالزعفران}) is taken off first.
     */
    public static String stem(String word) {
        if (!ARABIC_LETTER.matcher(word).find()) {
            return word;
        }
        if (CONJUNCTION_BEFORE_PARTICLE.matcher(word).lookingAt()) {
            return lightStem(word.substring(1));
        }
        return lightStem(word);
    }

    private static String lightStem(String word) {
        try (var stream = STEMMER.tokenStream("", word)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
