package ma.tiwizi.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation without any account gets its first administrator: with the password from
 * {@code TIWIZI_ADMIN_PASSWORD}, or else a random one printed once in the log. Never a known password.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountDirectory accounts;
    private final TiwiziProperties.Admin admin;

    FirstAdministrator(AccountDirectory accounts, TiwiziProperties properties) {
        this.accounts = accounts;
        this.admin = properties.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        String password = admin.password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        accounts.openInitial(admin.username(), "Administrator", password, Role.ADMIN, null);
        if (generated) {
            log.warn("First administrator '{}' created with the one-time password: {}  (change it after signing in)",
                    admin.username(), password);
        } else {
            log.info("First administrator '{}' created from TIWIZI_ADMIN_PASSWORD", admin.username());
        }
    }
}
