package ma.tiwizi.accounts;

import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in with a username and password (pages and the API's HTTP Basic alike), each try gated by the
 * {@link SignInThrottle} before the password is even looked at, so that neither parallel guessing nor a name that
 * does not exist gets around it.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    /** Longer than any username can be: refused as a bad request without touching the database. */
    static final int MAX_USERNAME = 60;

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AccountUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String typed = authentication.getName() == null ? "" : authentication.getName().strip();
        if (typed.length() > MAX_USERNAME) {
            throw new UsernameTooLong();
        }
        // a mobile number is one key however it is written, so that spacing it differently buys no extra tries
        String username = ma.tiwizi.platform.text.MoroccanPhone.mobile(typed).map(phone -> "0" + phone.substring(4))
                .orElse(typed.toLowerCase(Locale.ROOT));
        if (!throttle.reserve(username)) {
            throw new LockedException("too many failed sign-ins");
        }
        try {
            Authentication result = passwords.authenticate(UsernamePasswordAuthenticationToken
                    .unauthenticated(username, authentication.getCredentials()));
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username);
            throw wrong;
        } catch (RuntimeException other) {
            throttle.released(username);
            throw other;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A "username" no account can have (kilobytes of it): the answer is 400, not a sign-in page. */
    static final class UsernameTooLong extends BadCredentialsException {
        UsernameTooLong() {
            super("username too long");
        }
    }
}
