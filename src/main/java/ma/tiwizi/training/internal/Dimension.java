package ma.tiwizi.training.internal;

import java.util.List;

/**
 * The six dimensions of the capacity diagnostic, each with its questions (numbered 1 to 20 across the questionnaire,
 * worded in the training bundles as {@code training.diagnostic.q.N}) and the catalogue modules that strengthen it.
 */
public enum Dimension {
    GOVERNANCE(List.of(1, 2, 3, 4), List.of("LAW_112_12")),
    FINANCE(List.of(5, 6, 7, 8), List.of("FINANCIAL_MANAGEMENT")),
    ADMINISTRATION(List.of(9, 10, 11), List.of("ADMINISTRATIVE_MANAGEMENT")),
    PROJECT(List.of(12, 13, 14), List.of("PROJECT_PREPARATION", "BANKABLE_MODEL", "PUBLIC_SUPPORT")),
    MARKETING(List.of(15, 16, 17), List.of("MARKETING")),
    DIGITAL(List.of(18, 19, 20), List.of("DIGITAL_MARKETING"));

    public static final int QUESTIONS = 20;
    /** Each answer is 0 (no) to 3 (yes, fully). */
    public static final int TOP_ANSWER = 3;
    /** Below this score, in percent, a dimension is weak and its modules are recommended. */
    public static final int WEAK_BELOW = 50;

    private final List<Integer> questions;
    private final List<String> moduleCodes;

    Dimension(List<Integer> questions, List<String> moduleCodes) {
        this.questions = questions;
        this.moduleCodes = moduleCodes;
    }

    public List<Integer> questions() {
        return questions;
    }

    public List<String> moduleCodes() {
        return moduleCodes;
    }

    /** The dimension's score in percent from the answers (index 0 holds question 1), rounded half up. */
    public int score(List<Integer> answers) {
        int sum = questions.stream().mapToInt(q -> answers.get(q - 1)).sum();
        int max = questions.size() * TOP_ANSWER;
        return (sum * 100 * 2 + max) / (max * 2);
    }
}
