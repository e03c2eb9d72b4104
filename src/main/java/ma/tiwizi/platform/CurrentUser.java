package ma.tiwizi.platform;

import java.util.Optional;
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
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no user"));
    }

    public static String username() {
        return find().map(TiwiziPrincipal::getUsername).orElse("system");
    }
}
