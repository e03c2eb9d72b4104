package ma.tiwizi.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.tiwizi.platform.web.Ui;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One decimal separator per language, years never grouped, Arabic lists joined with the Arabic comma. */
class NumbersAreWrittenTheReadersWayTest {

    private static final org.springframework.context.MessageSource MESSAGES = new I18nConfig().messageSource();

    private static Ui ui(String language) {
        return new Ui(MESSAGES, Locale.forLanguageTag(language), "/", null, null,
                null, null, Map.of());
    }

    @ParameterizedTest(name = "{0}: {1} → {2} and {3}")
    @CsvSource(delimiter = '|', value = {
            "ar|39.20|39,2|39,20\u00A0%",
            "fr|39.20|39,2|39,20\u00A0%",
            "en|39.20|39.2|39.20\u00A0%",
            "fr|1250.5|1\u202F250,5|1\u202F250,5\u00A0%",
            "en|100|100|100\u00A0%"
    })
    void decimalsAndPercentagesUseTheLanguagesSeparator(String language, String value, String decimal,
            String percent) {
        assertThat(ui(language).decimal(new BigDecimal(value))).isEqualTo(decimal);
        assertThat(ui(language).percent(new BigDecimal(value))).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ar", "fr", "en"})
    void yearsInMessagesAreNeverGrouped(String language) {
        String message = ui(language).t("insights.error.years", 1990, 2027);
        assertThat(message).contains("1990").contains("2027").doesNotContain("1,990").doesNotContain("1\u202F990")
                .doesNotContain("1\u00A0990");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"ar|زعفران، عسل، أركان", "fr|zafran, miel, argan"})
    void listsAreJoinedWithTheLanguagesComma(String language, String joined) {
        assertThat(ui(language).list(List.of(joined.split("[،,] ")))).isEqualTo(joined);
    }

    /** Templates write numbers and lists through Ui, never by hand (toPlainString shows 39.20 on a French page). */
    @org.junit.jupiter.api.Test
    void noTemplateWritesANumberOrAListByHand() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/jte"))) {
            var offenders = files.filter(f -> f.toString().endsWith(".jte")).flatMap(f -> {
                try {
                    return java.nio.file.Files.readAllLines(f).stream()
                            // data- attributes and meta tags are for machines (charts, shares): plain numbers
                            .filter(line -> !line.contains("data-") && !line.contains("<meta"))
                            .filter(line -> line.contains("toPlainString()") || line.contains("String.join("))
                            .map(line -> f + ": " + line.strip());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).as("use ui.decimal, ui.percent or ui.list").isEmpty();
        }
    }
}
