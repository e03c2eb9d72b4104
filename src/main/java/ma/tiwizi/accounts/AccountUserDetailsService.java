package ma.tiwizi.accounts;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account a username signs in to; a disabled account is refused by Spring Security itself, a locked name
 * earlier, by {@link ThrottledSignIn}.
 */
@Service
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    @Override
    public UserDetails loadUserByUsername(String username) {
        // a president signs in with her mobile number, written any way (06 12 34 56 78, +212 6…)
        return accounts.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .or(() -> ma.tiwizi.platform.text.MoroccanPhone.mobile(username).flatMap(accounts::findByPhone))
                .map(UserAccount::principal)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
