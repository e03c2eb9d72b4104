package ma.tiwizi.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.tiwizi.platform.Role;

/** What an administrator types to open an account. */
public record NewAccountForm(
        @NotBlank(message = "{accounts.error.username}") @Pattern(regexp = "[a-z0-9._-]{3,60}",
                message = "{accounts.error.username}") String username,
        @NotBlank(message = "{accounts.error.displayName}") @Size(max = 200) String displayName,
        @Email(message = "{accounts.error.email}") @Size(max = 200) String email,
        @NotNull(message = "{accounts.error.role}") Role role,
        @Size(max = 40) String cooperativeNumber,
        @NotBlank(message = "{accounts.error.password}") @Size(min = 12, max = 200,
                message = "{accounts.error.password}") String password) {

    public static NewAccountForm empty() {
        return new NewAccountForm("", "", "", Role.COOP, "", "");
    }
}
