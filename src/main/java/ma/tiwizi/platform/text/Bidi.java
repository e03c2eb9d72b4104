package ma.tiwizi.platform.text;

/**
 * Unicode bidi isolates for text put inside a sentence of the other direction (an Arabic name in a French sentence, a
 * date in an Arabic one): the inserted text keeps its own order and does not reorder the words around it.
 */
public final class Bidi {

    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private Bidi() {
    }

    /** Text whose direction is that of its first strong letter, isolated from the sentence around it. */
    public static String isolate(String text) {
        return text == null || text.isEmpty() ? "" : FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
    }

    /** Text always left to right (a date, a code, a number with signs), isolated from the sentence around it. */
    public static String leftToRight(String text) {
        return text == null || text.isEmpty() ? "" : LEFT_TO_RIGHT_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
    }
}
