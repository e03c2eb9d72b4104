package ma.tiwizi.training.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The diagnostic's answers, question 1 at index 0, each from 0 (no) to 3 (yes, fully). */
public record DiagnosticForm(
        @NotNull(message = "{training.error.answerAll}")
        @Size(min = Dimension.QUESTIONS, max = Dimension.QUESTIONS, message = "{training.error.answerAll}")
        List<@NotNull(message = "{training.error.answer}") @Min(value = 0, message = "{training.error.answer}")
                @Max(value = Dimension.TOP_ANSWER, message = "{training.error.answer}") Integer> answers) {

    public static DiagnosticForm blank() {
        return new DiagnosticForm(null);
    }
}
