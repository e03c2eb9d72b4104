package ma.tiwizi.administration.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * A rule of law 112-12 a request breaks: {@code code} names the message ({@code administration.rule.CODE}) that
 * says, in plain words and with its article, what the law asks; {@code arguments} are the figures it quotes, as plain
 * text (decimals with two places), so that a message reads the same in every language.
 */
public record Breach(String code, List<String> arguments) {

    public Breach {
        arguments = List.copyOf(arguments);
    }

    static Breach of(String code, Object... arguments) {
        return new Breach(code, Arrays.stream(arguments).map(Breach::plain).toList());
    }

    public String messageKey() {
        return "administration.rule." + code;
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal decimal ? decimal.setScale(2, RoundingMode.HALF_UP).toPlainString()
                : String.valueOf(value);
    }
}
