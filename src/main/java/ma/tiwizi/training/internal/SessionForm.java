package ma.tiwizi.training.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** A session to schedule: which module, who trains, when and where, for how many. */
public record SessionForm(
        @NotNull(message = "{training.error.module}") Long moduleId,
        @NotNull(message = "{training.error.trainer}") Long trainerId,
        @NotNull(message = "{training.error.date}") @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate heldOn,
        @NotNull(message = "{training.error.time}") @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
        @NotNull(message = "{training.error.time}") @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt,
        @NotBlank(message = "{training.error.place}") @Size(max = 200, message = "{training.error.place}") String place,
        @NotNull(message = "{training.error.capacity}") @Min(value = 1, message = "{training.error.capacity}")
        @Max(value = 1000, message = "{training.error.capacity}") Integer capacity) {

    @AssertTrue(message = "{training.error.endsBeforeStarts}")
    public boolean isEndsAfterStarts() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }
}
