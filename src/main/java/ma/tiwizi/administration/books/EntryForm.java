package ma.tiwizi.administration.books;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import ma.tiwizi.administration.rules.Account;
import ma.tiwizi.administration.rules.Account.Means;
import org.springframework.format.annotation.DateTimeFormat;

/** A receipt or a payment as the cooperative types it in its journal. */
public record EntryForm(
        @NotNull(message = "{administration.error.entryDay}") @DateTimeFormat(pattern = "dd/MM/yyyy")
        LocalDate occurredOn,
        @NotNull(message = "{administration.error.account}") Account account,
        @NotNull(message = "{administration.error.means}") Means means,
        @NotNull(message = "{administration.error.entryAmount}")
        @DecimalMin(value = "0.01", message = "{administration.error.entryAmount}")
        @DecimalMax(value = "9999999999.99", message = "{administration.error.entryAmount}") BigDecimal amount,
        Long memberId,
        @Size(max = 200, message = "{administration.error.counterpart}") String counterpart,
        @NotBlank(message = "{administration.error.entryLabel}")
        @Size(max = 300, message = "{administration.error.entryLabel}") String label) {

    /** A blank line dated today, paid in cash. */
    static EntryForm blank(LocalDate today) {
        return new EntryForm(today, null, Means.CASH, null, null, "", "");
    }
}
