package ma.tiwizi.administration.register;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;

/** A new line of the member register (art. 17), as the cooperative types it. */
public record MemberForm(
        @NotBlank(message = "{administration.error.fullName}")
        @Size(max = 150, message = "{administration.error.fullName}") String fullName,
        @Pattern(regexp = "^\\s*([A-Za-z]{1,2}\\s*\\d{5,6})?\\s*$", message = "{administration.error.cin}") String cin,
        @NotNull(message = "{administration.error.sex}") Sex sex,
        @Min(value = 1900, message = "{administration.error.birthYear}")
        @Max(value = 2100, message = "{administration.error.birthYear}") Integer birthYear,
        @Size(max = 300, message = "{administration.error.address}") String address,
        @Size(max = 120, message = "{administration.error.occupation}") String occupation,
        @NotNull(message = "{administration.error.joinedOn}") @DateTimeFormat(pattern = "dd/MM/yyyy")
        LocalDate joinedOn,
        @NotNull(message = "{administration.error.shares}") @Min(value = 1, message = "{administration.error.shares}")
        @Max(value = 100000, message = "{administration.error.shares}") Integer shares,
        @NotNull(message = "{administration.error.shareValue}")
        @DecimalMin(value = "0.01", message = "{administration.error.shareValue}") BigDecimal shareValue,
        @NotNull(message = "{administration.error.paid}")
        @DecimalMin(value = "0", message = "{administration.error.paid}")
        BigDecimal paid) {

    public enum Sex {
        F, M
    }

    /** A blank line: one share of 100 MAD, the least the law allows (art. 26), joining today. */
    public static MemberForm blank(LocalDate today) {
        return new MemberForm("", "", null, null, "", "", today, 1, new BigDecimal("100"), null);
    }

    /** The identity card number as stored: upper case, no spaces; null when none was typed. */
    String cleanCin() {
        return cin == null || cin.isBlank() ? null : cin.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
