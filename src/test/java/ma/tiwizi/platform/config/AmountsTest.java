package ma.tiwizi.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    private final Amounts.AmountFormatter amounts = new Amounts.AmountFormatter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"30000,50|30000.50", "30000.50|30000.50", "30 000,50|30000.50",
            "30\u202F000,50|30000.50", "30.000,50|30000.50", "30,000.50|30000.50", "1 250 000|1250000",
            "1,250,000|1250000", "95|95", "-5|-5"})
    void amountsAreReadAsTheyAreWrittenHere(String typed, String expected) throws ParseException {
        assertThat(amounts.parse(typed, Locale.forLanguageTag("ar"))).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"twenty", "12,5,3.2.1", "", "1.2.3"})
    void whatIsNoAmountIsRefused(String typed) {
        assertThatThrownBy(() -> amounts.parse(typed, Locale.FRENCH)).isInstanceOf(ParseException.class);
    }
}
