package ma.tiwizi.administration.assembly;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import ma.tiwizi.administration.rules.AssemblyKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A general assembly being prepared: its kind, day, hour, place and agenda, one item a line. */
public record AssemblyForm(
        @NotNull(message = "{administration.error.kind}") AssemblyKind kind,
        @NotNull(message = "{administration.error.heldOn}") @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate heldOn,
        @NotNull(message = "{administration.error.startsAt}") @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
        @NotBlank(message = "{administration.error.place}") @Size(max = 200, message = "{administration.error.place}")
        String place,
        @NotBlank(message = "{administration.error.agenda}")
        @Size(max = 4000, message = "{administration.error.agenda}")
        String agenda) {

    public static final int MAX_ITEMS = 20;

    public static AssemblyForm blank() {
        return new AssemblyForm(AssemblyKind.ORDINARY, null, LocalTime.of(10, 0), "", "");
    }

    /** The agenda's items, one a line, blank lines left out. */
    public List<String> items() {
        return agenda == null ? List.of() : Arrays.stream(agenda.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** An agenda of 1 to 20 items of at most 300 characters each. */
    @AssertTrue(message = "{administration.error.agendaItems}")
    public boolean isAgendaItemsFit() {
        var items = items();
        return agenda == null || agenda.isBlank()
                || items.size() <= MAX_ITEMS && items.stream().allMatch(item -> item.length() <= 300);
    }
}
