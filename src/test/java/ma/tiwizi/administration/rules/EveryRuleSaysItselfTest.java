package ma.tiwizi.administration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule the law kernel can break has its message, citing the article, in Arabic, French and English. */
class EveryRuleSaysItselfTest {

    private static final Pattern BREACH = Pattern.compile("Breach\\.of\\(\"(\\w+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"ar", "fr", "en"})
    void everyBreachCodeHasAMessageThatCitesItsArticle(String language) throws IOException {
        var codes = new TreeSet<String>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/ma/tiwizi/administration/rules"))) {
            for (Path source : sources.toList()) {
                var matcher = BREACH.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThanOrEqualTo(15);
        var messages = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/messages/administration_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        for (String code : codes) {
            String message = messages.getProperty("administration.rule." + code);
            assertThat(message).as(code + " in " + language).isNotBlank();
            if (!"paidTooMuch".equals(code)) {
                assertThat(message).as(code + " cites its article").containsPattern("\\((?:.*)?\\d+\\)");
            }
        }
    }

    @Test
    void aBreachKeepsItsFiguresAsPlainDecimals() {
        var breach = Breach.of("capitalTooSmall", new BigDecimal("999.5"), 1000);
        assertThat(breach.messageKey()).isEqualTo("administration.rule.capitalTooSmall");
        assertThat(breach.arguments()).containsExactly("999.50", "1000");
    }
}
