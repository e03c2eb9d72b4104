package ma.tiwizi.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A counted message takes the form its language's grammar gives each number: Arabic has six. */
class CountedMessagesTest {

    private final org.springframework.context.MessageSource messages = new I18nConfig().messageSource();

    private String left(long n, String language) {
        return messages.getMessage("market.product.fewLeft", new Object[] {n}, Locale.forLanguageTag(language));
    }

    @Test
    void arabicCountsTakeTheirSixForms() {
        assertThat(left(0, "ar")).isEqualTo("نفدت الكمية");
        assertThat(left(1, "ar")).isEqualTo("بقيت وحدة واحدة فقط");
        assertThat(left(2, "ar")).isEqualTo("بقيت وحدتان فقط");
        assertThat(left(3, "ar")).isEqualTo("بقيت 3 وحدات فقط");
        assertThat(left(11, "ar")).isEqualTo("بقيت 11 وحدة فقط");
        assertThat(left(100, "ar")).isEqualTo("بقيت 100 وحدة فقط");
    }

    @Test
    void frenchAndEnglishCountsKeepLatinDigits() {
        assertThat(left(3, "fr")).isEqualTo("Plus que 3 en stock");
        assertThat(left(1, "en")).isEqualTo("Only 1 left");
        assertThat(left(1250, "ar")).doesNotContain("١");
    }
}
