package ma.tiwizi.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.tiwizi.platform.Role;

/** What an administrator changes on an account; an empty new password keeps the old one. */
public record EditAccountForm(
        @NotBlank(message = "{accounts.error.displayName}") @Size(max = 200) String displayName,
        @Email(message = "{accounts.error.email}") @Size(max = 200) String email,
        @NotNull(message = "{accounts.error.role}") Role role,
        @Size(max = 40) String cooperativeNumber,
        boolean enabled,
        @Pattern(regexp = "^$|.{12,200}", message = "{accounts.error.password}") String newPassword,
        Integer version) {
}
