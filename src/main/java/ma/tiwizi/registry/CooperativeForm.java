package ma.tiwizi.registry;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Year;
import ma.tiwizi.platform.text.IceNumber;
import ma.tiwizi.platform.text.MoroccanPhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A cooperative's profile as typed in the form, sent to the API or read from a spreadsheet row. {@code version} is
 * the version the user started from, so a save over someone else's newer save is refused.
 */
public record CooperativeForm(
        @NotBlank(message = "{registry.error.nameAr}") @Size(max = 200, message = "{registry.error.tooLong}") String nameAr,
        @NotBlank(message = "{registry.error.nameLatin}") @Size(max = 200, message = "{registry.error.tooLong}") String nameLatin,
        @NotNull(message = "{registry.error.legalForm}") LegalForm legalForm,
        @NotBlank(message = "{registry.error.registrationNumber}") @Size(max = 40, message = "{registry.error.tooLong}") @RegistrationNumber String registrationNumber,
        @NotNull(message = "{registry.error.createdOn}") @PastOrPresent(message = "{registry.error.createdOnFuture}")
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate createdOn,
        @IceNumber String ice,
        @NotNull(message = "{registry.error.commune}") Long communeId,
        @NotNull(message = "{registry.error.sector}") Sector sector,
        @Size(max = 500, message = "{registry.error.tooLong}") String activity,
        @MoroccanPhoneNumber String phone,
        @Email(message = "{platform.error.email}") @Size(max = 200, message = "{registry.error.tooLong}") String email,
        @NotBlank(message = "{registry.error.presidentName}") @Size(max = 200, message = "{registry.error.tooLong}") String presidentName,
        @NotNull(message = "{registry.error.presidentSex}") Sex presidentSex,
        @Min(value = 1900, message = "{registry.error.birthYear}") Integer presidentBirthYear,
        @NotNull(message = "{registry.error.count}") @PositiveOrZero(message = "{registry.error.count}") @Max(value = 100000, message = "{registry.error.count}") Integer membersWomen,
        @NotNull(message = "{registry.error.count}") @PositiveOrZero(message = "{registry.error.count}") @Max(value = 100000, message = "{registry.error.count}") Integer membersMen,
        @NotNull(message = "{registry.error.count}") @PositiveOrZero(message = "{registry.error.count}") Integer womenUnder35,
        @NotNull(message = "{registry.error.count}") @PositiveOrZero(message = "{registry.error.count}") Integer menUnder35,
        Integer version) {

    /** Checked field by field by the validator: the young women are some of the women members. */
    @AssertTrue(message = "{registry.error.womenUnder35}")
    public boolean isWomenUnder35WithinWomen() {
        return womenUnder35 == null || membersWomen == null || womenUnder35 <= membersWomen;
    }

    @AssertTrue(message = "{registry.error.menUnder35}")
    public boolean isMenUnder35WithinMen() {
        return menUnder35 == null || membersMen == null || menUnder35 <= membersMen;
    }

    @AssertTrue(message = "{registry.error.birthYear}")
    public boolean isBirthYearPast() {
        return presidentBirthYear == null || presidentBirthYear <= Year.now().getValue();
    }

    public static CooperativeForm empty() {
        return new CooperativeForm("", "", LegalForm.COOPERATIVE, "", null, "", null, null, "", "", "", "", null, null,
                0, 0, 0, 0, null);
    }
}
