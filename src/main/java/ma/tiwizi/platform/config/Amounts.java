package ma.tiwizi.platform.config;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Amounts typed in forms are read as people write them here: {@code 30000,50} as in French and on Moroccan documents,
 * {@code 30000.50} as a calculator shows it, with spaces or thin spaces between thousands ({@code 30 000,50}); when
 * both a comma and a point appear, the last one is the decimal separator ({@code 30.000,50}, {@code 30,000.50}).
 */
@Configuration(proxyBeanMethods = false)
public class Amounts implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new AmountFormatter());
    }

    static final class AmountFormatter implements Formatter<BigDecimal> {

        @Override
        public BigDecimal parse(String text, Locale locale) throws ParseException {
            return read(text).orElseThrow(() -> new ParseException(text, 0));
        }

        @Override
        public String print(BigDecimal value, Locale locale) {
            return value.toPlainString();
        }
    }

    /** An amount as people type it here (see above), or empty when it is not one. */
    public static Optional<BigDecimal> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        int comma = compact.lastIndexOf(',');
        int point = compact.lastIndexOf('.');
        String plain;
        if (comma >= 0 && point >= 0) {
            plain = comma > point ? compact.replace(".", "").replace(',', '.') : compact.replace(",", "");
        } else if (comma >= 0) {
            plain = compact.indexOf(',') == comma ? compact.replace(',', '.') : compact.replace(",", "");
        } else {
            plain = compact;
        }
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
