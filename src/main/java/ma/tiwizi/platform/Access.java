package ma.tiwizi.platform;

import java.util.Optional;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;

/**
 * Who may do what, named for method security: {@code @PreAuthorize("@access.readsCooperative(#id)")}. Every rule
 * about people is written here once, against the signed-in user; nobody signed in may do nothing. The services say
 * which rule guards them in an annotation, so the rule is visible where the method is and checked before it runs.
 */
@Component("access")
public class Access {

    public boolean admin() {
        return CurrentUser.find().map(TiwiziPrincipal::isAdmin).orElse(false);
    }

    /** ADMIN, REVIEWER and TRAINER. */
    public boolean staff() {
        return CurrentUser.find().map(TiwiziPrincipal::isStaff).orElse(false);
    }

    public boolean role(Role role) {
        return CurrentUser.find().map(user -> user.role() == role).orElse(false);
    }

    public boolean trainer() {
        return role(Role.TRAINER);
    }

    /** A cooperative's own account. */
    public boolean cooperative() {
        return role(Role.COOP);
    }

    /** Staff read every cooperative; a cooperative only itself. */
    public boolean readsCooperative(long id) {
        return CurrentUser.find().map(user -> user.canRead(id)).orElse(false);
    }

    /** ADMIN edits every cooperative; a cooperative only itself. */
    public boolean editsCooperative(long id) {
        return CurrentUser.find().map(user -> user.canEdit(id)).orElse(false);
    }

    /**
     * A rule about a row that names its cooperative, for the modules' access beans: it holds for the signed-in user,
     * or the row does not exist (the service then answers 404, not 403). Nobody signed in may do nothing.
     */
    public static boolean holds(Optional<Long> cooperative, BiPredicate<TiwiziPrincipal, Long> rule) {
        var user = CurrentUser.find();
        return user.isPresent() && (cooperative.isEmpty() || rule.test(user.get(), cooperative.get()));
    }

    /** The signed-in cooperative is this one (staff are not). */
    public boolean isCooperative(long id) {
        return CurrentUser.find().map(user -> user.ownsCooperative(id)).orElse(false);
    }
}
