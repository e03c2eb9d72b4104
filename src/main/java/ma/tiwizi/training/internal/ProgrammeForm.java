package ma.tiwizi.training.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A training programme as the administrator types it; partner rows left empty are ignored. */
public record ProgrammeForm(
        @NotBlank(message = "{training.error.title}") @Size(max = 200, message = "{training.error.title}") String title,
        @NotNull(message = "{training.error.date}") @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate startsOn,
        @NotNull(message = "{training.error.date}") @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate endsOn,
        @NotBlank(message = "{training.error.venue}") @Size(max = 200, message = "{training.error.venue}") String venue,
        @NotNull(message = "{training.error.target}") @Min(value = 1, message = "{training.error.target}")
        @Max(value = 100000, message = "{training.error.target}") Integer targetCooperatives,
        @NotNull(message = "{training.error.sessionsRequired}") @Min(value = 1, message = "{training.error.sessionsRequired}")
        @Max(value = 50, message = "{training.error.sessionsRequired}") Integer sessionsRequired,
        List<PartnerRow> partners) {

    public static final int PARTNER_ROWS = 3;

    public enum PartnerKind {
        NGO, PUBLIC_BODY, PRIVATE_COMPANY
    }

    public record PartnerRow(@Size(max = 200) String name, PartnerKind kind) {
    }

    @AssertTrue(message = "{training.error.endsBeforeStarts}")
    public boolean isEndsAfterStarts() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    public static ProgrammeForm blank() {
        return new ProgrammeForm("", null, null, "", null, 1, List.of());
    }
}
