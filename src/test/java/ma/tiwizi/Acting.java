package ma.tiwizi;

import java.util.function.Supplier;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as a given user (services check the signed-in user), then puts back whoever was signed in. */
public final class Acting {

    private Acting() {
    }

    public static <T> T as(TiwiziPrincipal principal, Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
