package ma.tiwizi.accounts;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs users in from the accounts table; a locked or disabled account is refused by Spring Security itself. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .map(a -> a.principal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
