package ma.tiwizi.administration.books;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What law 112-12 leaves to the programme for the books (ADR 0010, 0011), under {@code tiwizi.administration.books}:
 * how long the books and their receipts are kept (10 years, the commercial code's rule), the corporate-tax rate of a
 * cooperative that is not exempt (0 % until the programme sets it, so that the return stays a reminder), and the
 * turnover at or under which a cooperative that transforms its members' products is exempt (10 MDH, art. 7).
 */
@ConfigurationProperties("tiwizi.administration.books")
public record BooksSettings(@DefaultValue("10") int keepYears, @DefaultValue("0") BigDecimal corporateTaxPercent,
        @DefaultValue("10000000") BigDecimal taxExemptTurnover) {
}
