package ma.tiwizi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyIsWrittenInTheReadersLanguageTest {

    private static String money(String language, String amount) {
        return new Ui(null, Locale.forLanguageTag(language), "/", null, null, null, null, Map.of())
                .money(new BigDecimal(amount));
    }

    @Test
    void dirhamsInArabicDhInFrenchMadInEnglish() {
        assertThat(money("ar", "95")).isEqualTo("95,00 درهم");
        assertThat(money("fr", "95")).isEqualTo("95,00 DH");
        assertThat(money("en", "1250")).isEqualTo("1,250.00 MAD");
    }
}
