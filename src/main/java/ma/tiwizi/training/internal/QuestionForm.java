package ma.tiwizi.training.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A multiple-choice question as the administrator types it: the question in each language, the choices one per line
 * in each language (same number, same order), and which choice is right.
 */
public record QuestionForm(
        @NotBlank(message = "{training.error.question}") @Size(max = 500, message = "{training.error.question}")
        String textAr,
        @NotBlank(message = "{training.error.question}") @Size(max = 500, message = "{training.error.question}")
        String textFr,
        @NotBlank(message = "{training.error.question}") @Size(max = 500, message = "{training.error.question}")
        String textEn,
        @NotBlank(message = "{training.error.choices}") @Size(max = 2000, message = "{training.error.choices}")
        String choicesAr,
        @NotBlank(message = "{training.error.choices}") @Size(max = 2000, message = "{training.error.choices}")
        String choicesFr,
        @NotBlank(message = "{training.error.choices}") @Size(max = 2000, message = "{training.error.choices}")
        String choicesEn,
        @NotNull(message = "{training.error.correct}") @Min(value = 1, message = "{training.error.correct}")
        @Max(value = MAX_CHOICES, message = "{training.error.correct}") Integer correct) {

    public static final int MAX_CHOICES = 5;

    public static QuestionForm blank() {
        return new QuestionForm("", "", "", "", "", "", null);
    }

    /** Between two and five choices, as many in each language, and the right one among them. */
    @AssertTrue(message = "{training.error.choicesMatch}")
    public boolean isChoicesMatch() {
        if (choicesAr == null || choicesFr == null || choicesEn == null || correct == null) {
            return true;
        }
        int count = lines(choicesAr).size();
        return count >= 2 && count <= MAX_CHOICES && lines(choicesFr).size() == count
                && lines(choicesEn).size() == count && correct <= count;
    }

    /** The non-blank lines of a choices box, trimmed. */
    static List<String> lines(String choices) {
        return choices.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
