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
}
