package ma.tiwizi.platform.web;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing the signed-in person has to do, for the start page: the day it is due by (none when it waits on them
 * without a date), what to do in their language, and the page where it is done.
 */
public record Todo(LocalDate dueBy, String text, String link) {

    /** Most urgent first: the earliest day due, then what has no day. */
    public static final Comparator<Todo> URGENT_FIRST =
            Comparator.comparing(Todo::dueBy, Comparator.nullsLast(Comparator.naturalOrder()));
}
