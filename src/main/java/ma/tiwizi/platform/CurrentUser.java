package ma.tiwizi.platform;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in user from the security context. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<TiwiziPrincipal> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TiwiziPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static TiwiziPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("no user"));
    }

    /** The signed-in administrator; anyone else is refused (403). */
    public static TiwiziPrincipal requireAdmin() {
        var user = require();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("administrators only");
        }
        return user;
    }

    /** The signed-in staff member (ADMIN, REVIEWER, TRAINER); a cooperative is refused (403). */
    public static TiwiziPrincipal requireStaff() {
        var user = require();
        if (!user.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        return user;
    }

    public static String username() {
        return find().map(TiwiziPrincipal::getUsername).orElse("system");
    }
}
