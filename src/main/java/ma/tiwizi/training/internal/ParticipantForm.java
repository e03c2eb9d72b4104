package ma.tiwizi.training.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.tiwizi.platform.text.MoroccanPhoneNumber;

/** A person the cooperative sends to the session. */
public record ParticipantForm(
        @NotBlank(message = "{training.error.fullName}") @Size(max = 200, message = "{training.error.fullName}")
        String fullName,
        @NotNull(message = "{training.error.sex}") Sex sex,
        @NotNull(message = "{training.error.ageBand}") AgeBand ageBand,
        @NotBlank(message = "{platform.error.phone}") @MoroccanPhoneNumber String phone) {

    public enum Sex {
        F, M
    }

    /** Age bands as the programme reports them; under 35 counts as youth. */
    public enum AgeBand {
        UNDER_25, FROM_25_TO_34, FROM_35_TO_49, FROM_50
    }

    public static ParticipantForm blank() {
        return new ParticipantForm("", null, null, "");
    }
}
