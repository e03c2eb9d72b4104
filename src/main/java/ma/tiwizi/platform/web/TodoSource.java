package ma.tiwizi.platform.web;

import java.util.List;
import java.util.Locale;
import ma.tiwizi.platform.TiwiziPrincipal;

/**
 * What a module asks of the signed-in person: a cooperative's tasks (invitations, documents, orders, legal duties) or a
 * staff member's queue (files to screen, sessions today, labels to verify). The start page gathers them all.
 */
public interface TodoSource {

    List<Todo> todo(TiwiziPrincipal user, Locale locale);
}
