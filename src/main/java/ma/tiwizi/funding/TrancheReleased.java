package ma.tiwizi.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tranche of an approved grant was paid to the cooperative (the administration module writes it in the
 * cooperative's journal). Published after commit.
 */
public record TrancheReleased(long applicationId, String reference, long cooperativeId, int number,
        BigDecimal amount, LocalDate releasedOn, String paymentReference) {
}
