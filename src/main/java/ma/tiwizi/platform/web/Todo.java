package ma.tiwizi.platform.web;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing the signed-in person has to do, for the start page: what to do in their language, the page where it is
 * done, and its day — a deadline (a session to name participants for, a call closing, a legal duty), or the day the
 * oldest of what waits on them came in (orders, files to screen, labels to verify); none when the day is unknown.
 */
public record Todo(LocalDate day, boolean deadline, String text, String link) {

    /** Most urgent first: the earliest day, deadline or waiting since; then what has no day. */
    public static final Comparator<Todo> URGENT_FIRST =
            Comparator.comparing(Todo::day, Comparator.nullsLast(Comparator.naturalOrder()));

    public static Todo dueBy(LocalDate day, String text, String link) {
        return new Todo(day, true, text, link);
    }

    public static Todo waitingSince(LocalDate day, String text, String link) {
        return new Todo(day, false, text, link);
    }
}
