package ma.tiwizi.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a president types to ask for her own account: her name, her mobile number, her cooperative's registration
 * number — or, for a cooperative not registered yet, its name and place — and the password she chooses.
 */
public record SignUpForm(
        @NotBlank(message = "{accounts.error.displayName}") @Size(max = 200) String fullName,
        @NotBlank(message = "{accounts.error.mobile}") @Size(max = 30) String phone,
        @Size(max = 40) String registrationNumber,
        @Size(max = 400) String newCooperative,
        @NotBlank(message = "{accounts.error.password}") @Size(min = 12, max = 200,
                message = "{accounts.error.password}") String password) {

    public static SignUpForm empty() {
        return new SignUpForm("", "", "", "", "");
    }

    /** Either a registration number or a new cooperative's name and place (shown beside the number). */
    @AssertTrue(message = "{accounts.error.signupCooperative}")
    public boolean isCooperativeNamed() {
        return registrationNumber != null && !registrationNumber.isBlank()
                || newCooperative != null && !newCooperative.isBlank();
    }
}
