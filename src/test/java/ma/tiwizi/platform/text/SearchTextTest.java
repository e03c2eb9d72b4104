package ma.tiwizi.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "{0} and {1} fold to the same text")
    @CsvSource({
            "أمل, امل",
            "إيمان, ايمان",
            "آمنة, امنه",
            "ٱلخير, الخير",
            "تعاونية, تعاونيه",
            "مصطفى, مصطفي",
            "مُؤَسَّسَة, موسسه",
            "تعـــاونية, تعاونيه",
            "زَعْفَرَان, زعفران",
            "شاطئ, شاطي",
            "Coopérative, cooperative",
            "ÉLÉGANCE, elegance",
            "Aït Iaaza, ait iaaza",
            "٢٠٢٤, 2024"
    })
    void spellingVariantsFoldTogether(String written, String searched) {
        assertThat(SearchText.normalize(written)).isEqualTo(SearchText.normalize(searched));
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(SearchText.normalize("الأمل")).isNotEqualTo(SearchText.normalize("العمل"));
        assertThat(SearchText.normalize("tiwizi")).isNotEqualTo(SearchText.normalize("tiwiza"));
    }

    @Test
    void spacesAndPunctuationCollapse() {
        assertThat(SearchText.normalize("  Coopérative   «Al-Amal»  ")).isEqualTo("cooperative al amal");
    }

    @Test
    void termsAreTheDistinctFoldedWords() {
        assertThat(SearchText.terms("تعاونيةُ  الأمل تعاونية")).containsExactly("تعاونيه", "الامل");
        assertThat(SearchText.terms("   ")).isEmpty();
        assertThat(SearchText.terms(null)).isEmpty();
    }

    /**
     * For every search that matches words against a key (registry, storefront): a word of one or two letters matches
     * the start of a word of the key, a longer one anywhere in it.
     */
    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource({
            "12, الأمل 12, true",
            "12, الأمل 120, true",
            "12, الأمل 312, false",
            "12, RC 2012, false",
            "1, الأمل 120, true",
            "1, الأمل 312, false",
            "ال, الأمل, true",
            "مل, الأمل, false",
            "312, الأمل 312, true",
            "امل, الأمل, true",
            "zar, Zarzour, true",
            "rzo, Zarzour, true"
    })
    void shortWordsMatchTheStartOfAWordLongerOnesAnywhere(String typed, String name, boolean found) {
        String word = SearchText.terms(typed).getFirst();
        String pattern = (String) SearchText.wordParameters("t", word).get("t_typed");
        assertThat(like(SearchText.key(name), pattern)).isEqualTo(found);
    }

    /** SQL's LIKE, for patterns of literal text and %. */
    private static boolean like(String text, String pattern) {
        var regex = new StringBuilder();
        for (String part : pattern.split("%", -1)) {
            regex.append(regex.isEmpty() ? "" : ".*").append(java.util.regex.Pattern.quote(part));
        }
        return text.matches("(?s)" + regex);
    }
}
